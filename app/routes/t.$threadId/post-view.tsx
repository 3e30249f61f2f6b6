import { Form, Link } from '@remix-run/react'
import { formatDateTime } from '../../utils/misc.ts'
import { ReportForm } from './report-form.tsx'

type Post = {
  id: number
  seq: number
  createdAt: string
  state: 'visible' | 'pending' | 'hidden' | 'removed' | 'deleted'
  authorName?: string
  authorUsername?: string | null
  isAnonymous?: boolean
  isOp?: boolean
  bodyHtml?: string
  editedAt?: string | null
  removalReason?: string | null
  isOwn?: boolean
}

export function PostView({
  post,
  threadId,
  canReport = false,
  canReveal = false,
}: {
  post: Post
  threadId: number
  canReport?: boolean
  canReveal?: boolean
}) {
  if (post.state === 'deleted') return <div className="post post--placeholder">[deleted]</div>
  if (post.state === 'removed' && !post.isOwn && !post.authorName) {
    return <div className="post post--placeholder">[removed]</div>
  }
  return (
    <article className={`post${post.state === 'pending' || post.state === 'hidden' ? ' post--pending' : ''}`} aria-label={`Post ${post.seq}`}>
      <header className="post__header">
        <span className="post__author">
          {post.authorUsername ? <Link to={`/u/${post.authorUsername}`}>{post.authorName}</Link> : post.authorName}
        </span>
        {post.isOp ? <span className="pill">OP</span> : null}
        <a className="meta" href={`#post-${post.seq}`}>
          <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
        </a>
        {post.editedAt ? <span className="meta">(edited)</span> : null}
      </header>
      {post.state === 'pending' ? (
        <p className="notice" role="status">
          Awaiting review: only you and the moderators can see this post until a moderator approves it.
        </p>
      ) : null}
      {post.state === 'hidden' ? (
        <p className="notice" role="status">
          Hidden after reports, until a moderator looks at it.
        </p>
      ) : null}
      {post.state === 'removed' ? (
        <p className="notice" role="status">
          This post was removed by a moderator{post.removalReason ? `: ${post.removalReason}` : '.'}
        </p>
      ) : null}
      <div className="post__body" dangerouslySetInnerHTML={{ __html: post.bodyHtml ?? '' }} />
      {post.isOwn && post.state !== 'removed' ? (
        <div className="post__actions">
          <Link to={`/posts/${post.id}/edit`}>Edit</Link>
          <Form method="post" action={`/t/${threadId}`} onSubmit={(event) => {
            if (!confirm('Delete this post? It will show as [deleted].')) event.preventDefault()
          }}>
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="postId" value={post.id} />
            <button type="submit" className="link-button">
              Delete
            </button>
          </Form>
        </div>
      ) : null}
      {canReport && !post.isOwn && post.state === 'visible' ? <ReportForm postId={post.id} threadId={threadId} /> : null}
      {canReveal && post.isAnonymous && !post.isOwn ? (
        <p className="post__actions">
          <Link to={`/mod/posts/${post.id}/reveal`}>Reveal author (admins, logged)</Link>
        </p>
      ) : null}
    </article>
  )
}
