import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '../components/error-boundary.tsx'
import { Field, FormError } from '../components/forms.tsx'
import { getUser, requireUser, sanctionMessage, sanctionOf } from '../auth/session.server.ts'
import { getOrCreateGuest, limitGuestPost, rateLimitMessage } from '../forum/guests.server.ts'
import { getSettings } from '../settings.server.ts'
import { getArticleBySlug, getBridgeBySlug, listArticles, listBridges } from '../forum/browse.server.ts'
import { noticeFor, postUrl } from '../forum/links.ts'
import { createThread } from '../forum/posts.server.ts'
import { fieldErrors, NewThreadSchema } from '../forum/schemas.ts'

export const meta: MetaFunction = () => [{ title: 'Start a thread — Bridges Forum' }]

/** A signed-in member, or null for a guest when guest posting is on (otherwise guests go to log in). */
async function requirePoster(request: Request) {
  const user = await getUser(request)
  if (user) return user
  if (!(await getSettings()).guestPosting) await requireUser(request)
  return null
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePoster(request)
  const url = new URL(request.url)
  const [bridges, articles] = await Promise.all([listBridges(), listArticles()])
  // Guest posts are always anonymous: bridges with anonymity turned off are not offered to guests.
  const open = user ? bridges : bridges.filter((b) => b.allowAnonymous)
  return {
    guest: !user,
    bridges: open.map(({ slug, position, name }) => ({ slug, position, name })),
    articles: articles.map(({ slug, title }) => ({ slug, title })),
    selectedBridge: url.searchParams.get('bridge') ?? '',
    selectedArticle: url.searchParams.get('article') ?? '',
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePoster(request)
  const form = await request.formData()
  const values = {
    bridge: String(form.get('bridge') ?? ''),
    article: String(form.get('article') ?? ''),
    title: String(form.get('title') ?? ''),
    body: String(form.get('body') ?? ''),
    anonymous: !user || form.get('anonymous') === 'on',
  }
  if (!user) form.set('anonymous', 'on')
  const sanction = user ? sanctionOf(user) : null
  if (sanction) {
    return data({ errors: { form: sanctionMessage(sanction, 'post') } as Record<string, string>, values }, { status: 403 })
  }
  const parsed = NewThreadSchema.safeParse(Object.fromEntries(form))
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), values }, { status: 400 })
  const bridge = await getBridgeBySlug(parsed.data.bridge)
  if (!bridge) return data({ errors: { bridge: 'Choose one of the bridges.' } as Record<string, string>, values }, { status: 400 })
  const article = parsed.data.article ? await getArticleBySlug(parsed.data.article) : null
  if (parsed.data.article && !article) {
    return data({ errors: { article: 'That article does not exist.' } as Record<string, string>, values }, { status: 400 })
  }
  if (parsed.data.anonymous && !bridge.allowAnonymous) {
    const message = user
      ? 'Anonymous posting is turned off in this bridge.'
      : 'Anonymous posting is turned off in this bridge, so guests cannot post here.'
    return data({ errors: { [user ? 'anonymous' : 'bridge']: message } as Record<string, string>, values }, { status: 400 })
  }
  let setCookie: string | null = null
  let author: Parameters<typeof createThread>[0]['author']
  if (user) {
    author = { kind: 'member', id: user.id, role: user.role }
  } else {
    const limit = await limitGuestPost(context)
    if (!limit.ok) {
      return data(
        { errors: { form: rateLimitMessage(limit.retryAfterSeconds) } as Record<string, string>, values },
        { status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } },
      )
    }
    const guest = await getOrCreateGuest(request)
    author = { kind: 'guest', guestId: guest.guestId, guestKeyHash: guest.guestKeyHash }
    setCookie = guest.setCookie
  }
  const result = await createThread({
    author,
    bridgeId: bridge.id,
    articleId: article?.id ?? null,
    title: parsed.data.title,
    body: parsed.data.body,
    anonymous: parsed.data.anonymous,
  })
  if (!result.ok) return data({ errors: { body: result.blocked } as Record<string, string>, values }, { status: 400 })
  return redirect(postUrl({ threadId: result.threadId, seq: 1, notice: noticeFor(result) }), {
    headers: setCookie ? { 'Set-Cookie': setCookie } : undefined,
  })
}

export default function NewThreadPage() {
  const { guest, bridges, articles, selectedBridge, selectedArticle } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const errors: Record<string, string | undefined> = actionData?.errors ?? {}
  const values = actionData?.values
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/">Bridges</Link> › New thread
      </p>
      <h1>Start a thread</h1>
      <FormError error={errors.form} />
      <Form method="post" className="stack">
        <div className="field">
          <label htmlFor="bridge">Bridge</label>
          <select id="bridge" name="bridge" required defaultValue={values?.bridge ?? selectedBridge} aria-invalid={errors.bridge ? true : undefined} aria-describedby={errors.bridge ? 'bridge-error' : undefined}>
            <option value="">Choose a bridge…</option>
            {bridges.map((bridge) => (
              <option key={bridge.slug} value={bridge.slug}>
                Bridge {bridge.position}: {bridge.name}
              </option>
            ))}
          </select>
          {errors.bridge ? <p className="field-error" id="bridge-error">{errors.bridge}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="article">About an article (optional)</label>
          <select id="article" name="article" defaultValue={values?.article ?? selectedArticle} aria-invalid={errors.article ? true : undefined} aria-describedby={errors.article ? 'article-error' : undefined}>
            <option value="">No particular article</option>
            {articles.map((article) => (
              <option key={article.slug} value={article.slug}>
                {article.title}
              </option>
            ))}
          </select>
          {errors.article ? <p className="field-error" id="article-error">{errors.article}</p> : null}
        </div>
        <Field label="Title" name="title" required minLength={5} maxLength={150} error={errors.title} defaultValue={values?.title} hint="5 to 150 characters." />
        <Field label="Your post" name="body" multiline required maxLength={20000} error={errors.body} defaultValue={values?.body} hint="Markdown works: **bold**, _italic_, > quote, - lists, links." />
        {guest ? (
          <p className="notice">
            Post anonymously as a guest — reviewed before anyone else sees it. <Link to="/login?redirectTo=/new">Log in</Link> to post
            under your name.
          </p>
        ) : (
          <div className="checkbox">
            <input type="checkbox" id="anonymous" name="anonymous" defaultChecked={values?.anonymous} />
            <label htmlFor="anonymous">
              Post anonymously <span className="muted">— shown under a pseudonym; nobody else can see it is you.</span>
            </label>
          </div>
        )}
        {errors.anonymous ? <p className="field-error">{errors.anonymous}</p> : null}
        <div>
          <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
            {navigation.state === 'submitting' ? 'Posting…' : guest ? 'Post thread as a guest' : 'Post thread'}
          </button>
        </div>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
