import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '../components/error-boundary.tsx'
import { Field, FormError } from '../components/forms.tsx'
import { requireUser, sanctionMessage, sanctionOf } from '../auth/session.server.ts'
import { editOwnPost, getOwnPost } from '../forum/posts.server.ts'
import { noticeFor, postUrl } from '../forum/links.ts'
import { EditPostSchema, fieldErrors } from '../forum/schemas.ts'
import { invariantResponse, parseId } from '../utils/misc.ts'

export const meta: MetaFunction = () => [{ title: 'Edit post — Bridges Forum' }]

async function requireOwnPost(request: Request, postIdParam: string | undefined) {
  const user = await requireUser(request)
  const postId = parseId(postIdParam)
  invariantResponse(postId, 'There is no post at this address.', { status: 404 })
  const post = await getOwnPost({ postId, userId: user.id })
  // The same answer for "no such post" and "not yours": it does not confirm who wrote what.
  invariantResponse(post, 'There is no post of yours at this address.', { status: 404 })
  return { user, post }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { post } = await requireOwnPost(request, params.postId)
  return {
    post: { threadId: post.threadId, isOpening: post.seq === 1, bodySource: post.bodySource, threadTitle: post.threadTitle },
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, post } = await requireOwnPost(request, params.postId)
  const form = await request.formData()
  const values = { body: String(form.get('body') ?? ''), title: String(form.get('title') ?? '') }
  const sanction = sanctionOf(user)
  if (sanction) {
    return data({ errors: { form: sanctionMessage(sanction, 'edit posts') } as Record<string, string>, values }, { status: 403 })
  }
  const parsed = EditPostSchema.safeParse({ body: values.body, title: post.seq === 1 ? values.title : undefined })
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), values }, { status: 400 })
  const result = await editOwnPost({
    author: { kind: 'member', id: user.id, role: user.role },
    postId: post.id,
    body: parsed.data.body,
    title: parsed.data.title,
  })
  invariantResponse(result, 'There is no post of yours at this address.', { status: 404 })
  if (!result.ok) return data({ errors: { body: result.blocked } as Record<string, string>, values }, { status: 400 })
  return redirect(postUrl({ threadId: post.threadId, seq: post.seq, notice: noticeFor(result) }))
}

export default function EditPostPage() {
  const { post } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const errors: Record<string, string | undefined> = actionData?.errors ?? {}
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/t/${post.threadId}`}>{post.threadTitle}</Link> › Edit
      </p>
      <h1>Edit your post</h1>
      <FormError error={errors.form} />
      <Form method="post" className="stack">
        {post.isOpening ? (
          <Field label="Title" name="title" required minLength={5} maxLength={150} error={errors.title} defaultValue={actionData?.values.title ?? post.threadTitle} />
        ) : null}
        <Field label="Your post" name="body" multiline required maxLength={20000} error={errors.body} defaultValue={actionData?.values.body ?? post.bodySource} />
        <div>
          <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
            Save changes
          </button>{' '}
          <Link to={`/t/${post.threadId}`}>Cancel</Link>
        </div>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
