import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '../components/error-boundary.tsx'
import { KeysetPager, ThreadList } from '../components/thread-list.tsx'
import { getBridgeBySlug } from '../forum/browse.server.ts'
import { loadThreadListPage } from '../forum/thread-list-page.server.ts'
import { invariantResponse } from '../utils/misc.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.bridge.name} — Bridges Forum` : 'Not found — Bridges Forum' },
  { name: 'description', content: data?.bridge.description ?? '' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const bridge = await getBridgeBySlug(params.bridgeSlug ?? '')
  invariantResponse(bridge, 'There is no bridge at this address.', { status: 404 })
  const page = await loadThreadListPage(request, { bridgeId: bridge.id })
  return {
    bridge: { slug: bridge.slug, position: bridge.position, name: bridge.name, description: bridge.description },
    ...page,
  }
}

export default function BridgePage() {
  const { bridge, pinned, threads, newerCursor, olderCursor } = useLoaderData<typeof loader>()
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/">Bridges</Link> › Bridge {bridge.position}
      </p>
      <h1>{bridge.name}</h1>
      <p>{bridge.description}</p>
      <p>
        <Link className="button" to={`/new?bridge=${bridge.slug}`}>
          Start a thread
        </Link>
      </p>
      {pinned.length ? <ThreadList threads={pinned} /> : null}
      {threads.length || pinned.length ? (
        <div style={{ marginTop: '0.75rem' }}>
          <ThreadList threads={threads} />
        </div>
      ) : (
        <p className="muted">No threads yet. Start the first one.</p>
      )}
      <KeysetPager newer={newerCursor} older={olderCursor} />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
