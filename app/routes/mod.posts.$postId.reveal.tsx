import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '../components/error-boundary.tsx'
import { Field, FormError } from '../components/forms.tsx'
import { requireAdmin } from '../auth/permissions.server.ts'
import { postUrl } from '../forum/links.ts'
import { fieldErrors } from '../forum/schemas.ts'
import { getAnonymousPostForReveal, revealAuthor, RevealSchema } from '../moderation/reveal.server.ts'
import { formatDateTime, invariantResponse, parseId } from '../utils/misc.ts'

export const meta: MetaFunction = () => [{ title: 'Reveal the author of an anonymous post — Bridges Forum' }]

function parsePostId(value: string | undefined) {
  const postId = parseId(value)
  invariantResponse(postId, 'There is no anonymous post at this address.', { status: 404 })
  return postId
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request)
  const post = await getAnonymousPostForReveal(parsePostId(params.postId))
  invariantResponse(post, 'There is no anonymous post at this address.', { status: 404 })
  return {
    post: {
      pseudonym: post.pseudonym ?? 'Anonymous',
      threadTitle: post.threadTitle,
      url: postUrl({ threadId: post.threadId, seq: post.seq }),
      excerpt: post.bodySource.length > 600 ? `${post.bodySource.slice(0, 600)}…` : post.bodySource,
      status: post.status,
      createdAt: post.createdAt.toISOString(),
    },
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request)
  const postId = parsePostId(params.postId)
  const form = await request.formData()
  const values = { reason: String(form.get('reason') ?? '') }
  const parsed = RevealSchema.safeParse(values)
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), values, revealed: null }, { status: 400 })
  const revealed = await revealAuthor({ postId, actorId: admin.id, reason: parsed.data.reason })
  invariantResponse(revealed, 'There is no anonymous post at this address.', { status: 404 })
  return { errors: null, values, revealed }
}

export default function RevealAuthorPage() {
  const { post } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const revealed = actionData?.revealed
  return (
    <>
      <p className="breadcrumbs">
        <Link to={post.url}>{post.threadTitle}</Link> › Reveal author
      </p>
      <h1>Reveal the author of an anonymous post</h1>
      <article className="card" aria-label="The anonymous post">
        <p className="meta">
          {post.pseudonym} · {formatDateTime(post.createdAt)} · {post.status}
        </p>
        <p style={{ whiteSpace: 'pre-wrap' }}>{post.excerpt}</p>
      </article>
      {revealed ? (
        <div className="notice" role="status">
          {revealed.kind === 'member' ? (
            <>
              This post was written by <Link to={`/u/${revealed.username}`}>{revealed.username}</Link> ({revealed.role}).
            </>
          ) : (
            <>This post was written by a guest without an account.</>
          )}{' '}
          The reveal and your reason were written to the audit log. Keep this to the moderation team.
        </div>
      ) : (
        <>
          <p>
            Anonymous members trust us not to reveal who they are. Reveal an author only to act on serious abuse: your name,
            the time, this post and your reason are written to the audit log, which all admins can read.
          </p>
          <FormError error={actionData?.errors?.form} />
          <Form method="post" className="stack">
            <Field
              label="Why do you need to know who wrote this post?"
              name="reason"
              multiline
              required
              minLength={10}
              maxLength={1000}
              error={actionData?.errors?.reason}
              defaultValue={actionData?.values.reason}
            />
            <div>
              <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
                Reveal the author
              </button>{' '}
              <Link to={post.url}>Cancel</Link>
            </div>
          </Form>
        </>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
