import { Link } from '@remix-run/react'
import { formatDateTime } from '../utils/misc.ts'

export type ThreadListItem = {
  id: number
  title: string
  isPinned: boolean
  isLocked: boolean
  replyCount: number
  lastActivityAt: Date | string
  lastPostByName: string | null
  articleSlug: string | null
  articleTitle: string | null
}

export function ThreadList({ threads, showArticle = true }: { threads: ThreadListItem[]; showArticle?: boolean }) {
  return (
    <ul className="card-list">
      {threads.map((thread) => (
        <li key={thread.id} className="card">
          <h3>
            {thread.isPinned ? <span className="pill">Pinned</span> : null}
            {thread.isLocked ? <span className="pill">Locked</span> : null}
            <Link to={`/t/${thread.id}`}>{thread.title}</Link>
          </h3>
          <p className="meta">
            {thread.replyCount} {thread.replyCount === 1 ? 'reply' : 'replies'} · last post
            {thread.lastPostByName ? ` by ${thread.lastPostByName}` : ''} {formatDateTime(thread.lastActivityAt)}
            {showArticle && thread.articleSlug ? (
              <>
                {' '}
                · about <Link to={`/articles/${thread.articleSlug}`}>{thread.articleTitle}</Link>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  )
}

/** "Newer" / "older" links of a keyset-paginated list. */
export function KeysetPager({ newer, older }: { newer: string | null; older: string | null }) {
  if (!newer && !older) return null
  return (
    <nav className="pager" aria-label="Pages">
      {newer ? <Link to={`?newer=${newer}`}>← Newer threads</Link> : <span />}
      {older ? <Link to={`?older=${older}`}>Older threads →</Link> : <span />}
    </nav>
  )
}
