import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '../components/error-boundary.tsx'
import { postUrl } from '../forum/links.ts'
import { getProfile } from '../forum/profiles.server.ts'
import { formatDate, formatDateTime, invariantResponse } from '../utils/misc.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.profile.username} — Bridges Forum` : 'Not found — Bridges Forum' },
]

export async function loader({ params }: LoaderFunctionArgs) {
  const profile = await getProfile(params.username ?? '')
  invariantResponse(profile, 'There is no member with that name.', { status: 404 })
  return { profile }
}

export default function ProfilePage() {
  const { profile } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>{profile.username}</h1>
      <p className="meta">
        {profile.role !== 'member' ? <span className="pill">{profile.role}</span> : null}
        Member since {formatDate(profile.joinedAt)} · {profile.threadCount} {profile.threadCount === 1 ? 'thread' : 'threads'} ·{' '}
        {profile.replyCount} {profile.replyCount === 1 ? 'reply' : 'replies'}
        {profile.lastActiveAt ? <> · last posted {formatDate(profile.lastActiveAt)}</> : null}
      </p>
      <h2>Recent posts</h2>
      {profile.recent.length ? (
        <ul className="card-list">
          {profile.recent.map((post) => (
            <li key={`${post.threadId}-${post.seq}`} className="card">
              {post.isThread ? 'Started ' : 'Replied in '}
              <Link to={postUrl({ threadId: post.threadId, seq: post.seq })}>{post.threadTitle}</Link>
              <span className="meta"> · {formatDateTime(post.createdAt)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No public posts yet.</p>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
