import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '../../components/error-boundary.tsx'
import { NumberedPager } from '../../components/pager.tsx'
import { FormError } from '../../components/forms.tsx'
import { getUser, requireUser, sanctionMessage, sanctionOf } from '../../auth/session.server.ts'
import { fileReport, REPORT_THANKS, ReportSchema } from '../../moderation/reports.server.ts'
import { getOrCreateGuest, limitGuestPost, rateLimitMessage, readGuest } from '../../forum/guests.server.ts'
import { isAdmin, isModerator } from '../../auth/permissions.server.ts'
import { ReplySchema, fieldErrors } from '../../forum/schemas.ts'
import { createReply, deleteOwnPost } from '../../forum/posts.server.ts'
import { getSettings } from '../../settings.server.ts'
import { invariantResponse, parseId } from '../../utils/misc.ts'
import { noticeFor, POSTS_PER_PAGE, postUrl } from '../../forum/links.ts'
import { getPostRows, getThreadForPage, shapePostForViewer, type ThreadForPage } from './queries.server.ts'
import { PostView } from './post-view.tsx'
import { ReportStatus } from './report-form.tsx'
import { ReplyForm } from './reply-form.tsx'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.thread.title} — Bridges Forum` : 'Not found — Bridges Forum' },
]

async function loadThread(request: Request, threadIdParam: string | undefined) {
  const threadId = parseId(threadIdParam)
  invariantResponse(threadId, 'There is no thread at this address.', { status: 404 })
  const thread = await getThreadForPage(threadId)
  invariantResponse(thread, 'There is no thread at this address.', { status: 404 })
  const viewer = await getUser(request)
  const viewerIsModerator = isModerator(viewer)
  const guest = viewer ? null : await readGuest(request)
  // A held thread exists only for its author (a member, or a guest by their cookie) and the moderators.
  const mayView =
    thread.status === 'visible' ||
    viewerIsModerator ||
    (viewer && viewer.id === thread.opAuthorId) ||
    (guest && thread.opGuestKeyHash === guest.guestKeyHash)
  invariantResponse(mayView, 'There is no thread at this address.', { status: 404 })
  return { thread, viewer, viewerIsModerator, guest }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { thread, viewer, viewerIsModerator, guest } = await loadThread(request, params.threadId)
  const url = new URL(request.url)
  const pageParam = url.searchParams.get('page') ?? '1'
  invariantResponse(/^\d{1,6}$/.test(pageParam), 'There is no such page in this thread.', { status: 404 })
  const page = Number(pageParam)
  const pageCount = Math.max(1, Math.ceil(thread.postSeq / POSTS_PER_PAGE))
  invariantResponse(page >= 1 && page <= pageCount, 'There is no such page in this thread.', { status: 404 })

  const rows = await getPostRows({ threadId: thread.id, page })
  const posts = rows.flatMap(
    (row) => shapePostForViewer(row, { thread, viewer, viewerIsModerator, viewerGuestKeyHash: guest?.guestKeyHash }) ?? [],
  )
  const settings = await getSettings()
  const sanction = viewer ? sanctionOf(viewer) : null
  const notice = url.searchParams.get('notice')
  return {
    thread: {
      id: thread.id,
      title: thread.title,
      status: thread.status,
      isLocked: thread.isLocked,
      isPinned: thread.isPinned,
      replyCount: thread.replyCount,
      bridge: { slug: thread.bridgeSlug, name: thread.bridgeName, allowsAnonymous: thread.bridgeAllowsAnonymous },
      article: thread.articleSlug ? { slug: thread.articleSlug, title: thread.articleTitle } : null,
    },
    posts,
    page,
    pageCount,
    // Admins get a link to the (audited) reveal form on anonymous posts; it shows nothing by itself.
    viewerCanReveal: isAdmin(viewer),
    viewer: viewer ? { sanction: sanction ? { kind: sanction.kind, until: sanction.until?.toISOString() ?? null, reason: sanction.reason } : null } : null,
    // Guests may post (anonymously, always reviewed) when the operator allows it and the bridge allows anonymity.
    guestPosting: !viewer && settings.guestPosting && thread.bridgeAllowsAnonymous,
    crisisResources: notice === 'crisis' ? settings.crisisResourcesText : null,
    heldNotice: notice === 'held' || notice === 'crisis',
  }
}

/** A guest's reply: anonymous, always held for review, rate-limited by a keyed hash of the address. */
async function guestReply({ request, context, form, thread }: { request: Request; context: unknown; form: FormData; thread: ThreadForPage }) {
  const values = { body: String(form.get('body') ?? ''), anonymous: true }
  // Guest posting off: a guest is sent to log in (requireUser throws the redirect).
  if (!(await getSettings()).guestPosting) await requireUser(request)
  if (thread.isLocked) {
    return data({ errors: { form: 'This thread is locked: no new replies can be posted.' }, values }, { status: 403 })
  }
  if (!thread.bridgeAllowsAnonymous) {
    return data({ errors: { form: 'Anonymous posting is turned off in this bridge, so guests cannot post here. Log in to reply.' }, values }, { status: 403 })
  }
  const parsed = ReplySchema.safeParse(Object.fromEntries(form))
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), values }, { status: 400 })
  const limit = await limitGuestPost(context)
  if (!limit.ok) {
    return data(
      { errors: { form: rateLimitMessage(limit.retryAfterSeconds) }, values },
      { status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } },
    )
  }
  const guest = await getOrCreateGuest(request)
  const result = await createReply({
    author: { kind: 'guest', guestId: guest.guestId, guestKeyHash: guest.guestKeyHash },
    threadId: thread.id,
    bridgeId: thread.bridgeId,
    body: parsed.data.body,
    anonymous: true,
  })
  if (!result.ok) return data({ errors: { body: result.blocked }, values }, { status: 400 })
  return redirect(postUrl({ threadId: thread.id, seq: result.seq, notice: noticeFor(result) }), {
    headers: guest.setCookie ? { 'Set-Cookie': guest.setCookie } : undefined,
  })
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { thread, viewer } = await loadThread(request, params.threadId)
  const form = await request.formData()
  const intent = form.get('intent')
  if (!viewer && intent === 'reply') return guestReply({ request, context, form, thread })
  const user = await requireUser(request)

  switch (intent) {
    case 'reply': {
      const values = { body: String(form.get('body') ?? ''), anonymous: form.get('anonymous') === 'on' }
      const sanction = sanctionOf(user)
      if (sanction) {
        const until = sanction.until ? ` until ${sanction.until.toUTCString()}` : ''
        return data({ errors: { form: `You are ${sanction.kind}${until} and cannot post.${sanction.reason ? ` Reason: ${sanction.reason}` : ''}` }, values }, { status: 403 })
      }
      if (thread.isLocked) {
        return data({ errors: { form: 'This thread is locked: no new replies can be posted.' }, values }, { status: 403 })
      }
      if (values.anonymous && !thread.bridgeAllowsAnonymous) {
        return data({ errors: { anonymous: 'Anonymous posting is turned off in this bridge.' }, values }, { status: 400 })
      }
      const parsed = ReplySchema.safeParse(Object.fromEntries(form))
      if (!parsed.success) return data({ errors: fieldErrors(parsed.error), values }, { status: 400 })
      const result = await createReply({
        author: { kind: 'member', id: user.id, role: user.role },
        threadId: thread.id,
        bridgeId: thread.bridgeId,
        body: parsed.data.body,
        anonymous: parsed.data.anonymous,
      })
      if (!result.ok) return data({ errors: { body: result.blocked }, values }, { status: 400 })
      return redirect(postUrl({ threadId: thread.id, seq: result.seq, notice: noticeFor(result) }))
    }
    case 'delete': {
      const postId = parseId(form.get('postId'))
      invariantResponse(postId, 'Which post?', { status: 400 })
      const deleted = await deleteOwnPost({ userId: user.id, postId })
      invariantResponse(deleted, 'You can only delete your own posts.', { status: 403 })
      return redirect(postUrl({ threadId: thread.id, seq: deleted.seq }))
    }
    case 'report': {
      // The reporter is thanked and told nothing else (not whether the post was hidden).
      const postId = Number(form.get('postId')) || 0
      const report = (status: number, ok: boolean, message: string, errors?: Record<string, string>) =>
        data({ errors: null, values: null, report: { postId, ok, message, errors } }, { status })
      const sanction = sanctionOf(user)
      if (sanction) return report(403, false, sanctionMessage(sanction, 'report posts'))
      const parsed = ReportSchema.safeParse(Object.fromEntries(form))
      if (!parsed.success) return report(400, false, 'Please correct the report.', fieldErrors(parsed.error))
      const result = await fileReport({ reporter: user, threadId: thread.id, ...parsed.data })
      return result.ok ? report(200, true, REPORT_THANKS) : report(result.status, false, result.message)
    }
    default:
      return data({ errors: { form: 'Unknown action.' }, values: null }, { status: 400 })
  }
}

export default function ThreadPage() {
  const { thread, posts, page, pageCount, viewer, viewerCanReveal, guestPosting, crisisResources, heldNotice } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const lastSeq = posts.at(-1)?.seq ?? 0
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/b/${thread.bridge.slug}`}>{thread.bridge.name}</Link>
        {thread.article ? (
          <>
            {' '}
            › about <Link to={`/articles/${thread.article.slug}`}>{thread.article.title}</Link>
          </>
        ) : null}
      </p>
      <h1>
        {thread.isPinned ? <span className="pill">Pinned</span> : null}
        {thread.title}
      </h1>
      <p className="meta">
        {thread.replyCount} {thread.replyCount === 1 ? 'reply' : 'replies'}
      </p>
      {thread.status !== 'visible' ? (
        <p className="notice" role="status">
          {thread.status === 'pending'
            ? 'This thread is awaiting review: only its author and the moderators can see it until a moderator approves it.'
            : thread.status === 'hidden'
              ? 'This thread is hidden after reports until a moderator looks at it.'
              : 'This thread was removed by a moderator.'}
        </p>
      ) : null}
      {thread.isLocked ? (
        <p className="notice" role="status">
          This thread is locked: you can read it, but no new replies can be posted.
        </p>
      ) : null}
      {crisisResources ? (
        <div className="notice" role="alert">
          <strong>We are here for you.</strong> {crisisResources}
        </div>
      ) : heldNotice ? (
        <p className="notice" role="status">
          Your post is awaiting review by a moderator. Until then only you can see it.
        </p>
      ) : null}
      <ReportStatus postIds={posts.map((post) => post.id)} />
      <ol className="card-list" aria-label="Posts">
        {posts.map((post) => (
          <li key={post.id} id={`post-${post.seq}`}>
            <PostView post={post} threadId={thread.id} canReport={Boolean(viewer && !viewer.sanction)} canReveal={viewerCanReveal} />
          </li>
        ))}
      </ol>
      <NumberedPager page={page} pageCount={pageCount} label="Pages of this thread" />
      <h2 id="reply-heading">Reply</h2>
      {thread.isLocked ? (
        <p className="muted">This thread is locked.</p>
      ) : !viewer && guestPosting ? (
        <>
          <p className="muted">
            <Link to={`/login?redirectTo=/t/${thread.id}`}>Log in</Link> to reply under your name, or reply as a guest below.
          </p>
          <FormError error={actionData?.errors && 'form' in actionData.errors ? actionData.errors.form : null} />
          <ReplyForm
            key={lastSeq}
            guest
            allowAnonymous={false}
            errors={actionData?.errors ?? null}
            values={actionData?.values ?? null}
            submitting={navigation.state === 'submitting' && navigation.formData?.get('intent') === 'reply'}
          />
        </>
      ) : !viewer ? (
        <p>
          <Link to={`/login?redirectTo=/t/${thread.id}`}>Log in</Link> or <Link to="/signup">sign up</Link> to reply.
        </p>
      ) : viewer.sanction ? (
        <p className="notice" role="status">
          You are {viewer.sanction.kind}
          {viewer.sanction.until ? ` until ${new Date(viewer.sanction.until).toUTCString()}` : ''} and cannot post.
          {viewer.sanction.reason ? ` Reason: ${viewer.sanction.reason}` : ''}
        </p>
      ) : (
        <>
          <FormError error={actionData?.errors && 'form' in actionData.errors ? actionData.errors.form : null} />
          <ReplyForm
            key={lastSeq}
            allowAnonymous={thread.bridge.allowsAnonymous}
            errors={actionData?.errors ?? null}
            values={actionData?.values ?? null}
            submitting={navigation.state === 'submitting' && navigation.formData?.get('intent') === 'reply'}
          />
        </>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}

