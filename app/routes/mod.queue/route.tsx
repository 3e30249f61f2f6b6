import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useFetcher, useLoaderData, type ShouldRevalidateFunction } from '@remix-run/react'
import { GeneralErrorBoundary } from '../../components/error-boundary.tsx'
import { NumberedPager } from '../../components/pager.tsx'
import { requireModerator } from '../../auth/permissions.server.ts'
import { listQueue } from '../../moderation/queue.server.ts'
import { invariantResponse } from '../../utils/misc.ts'
import { noticeFromUrl, noticeQuery, runIntent, type IntentResult } from './intents.server.ts'
import { JsFlag, QUEUE_FETCHER, QueueItemView } from './queue-item.tsx'

export const meta: MetaFunction = () => [{ title: 'Review queue — Bridges Forum' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireModerator(request)
  const url = new URL(request.url)
  const pageParam = url.searchParams.get('page') ?? '1'
  invariantResponse(/^\d{1,6}$/.test(pageParam) && Number(pageParam) >= 1, 'There is no such page of the queue.', { status: 404 })
  const queue = await listQueue({ user, page: Number(pageParam) })
  return { ...queue, notice: noticeFromUrl(url) }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireModerator(request)
  const form = await request.formData()
  const result = await runIntent(user, form)
  // With JavaScript the action runs in place (a fetcher); without it, POST → redirect → GET.
  if (result.ok && form.get('js') !== '1') return redirect(`/mod/queue?${noticeQuery(result)}`)
  return data(result, { status: result.ok ? 200 : result.status })
}

// Reload the list after every action, also a refused one: "already resolved" must drop the item.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod && formMethod.toUpperCase() === 'POST' ? true : defaultShouldRevalidate

export default function QueuePage() {
  const { items, total, page, pageCount, scoped, notice } = useLoaderData<typeof loader>()
  const pageResult = useActionData<typeof action>() as IntentResult | undefined
  const fetcher = useFetcher<IntentResult>({ key: QUEUE_FETCHER })
  const result = fetcher.state === 'idle' ? (fetcher.data ?? pageResult) : pageResult
  const busy = fetcher.state !== 'idle'
  return (
    <>
      <h1>Review queue</h1>
      <p className="muted">
        {total} open item{total === 1 ? '' : 's'}
        {scoped ? ' in the bridges you moderate' : ''}. Urgent first, then oldest.
      </p>
      <div aria-live="polite" role="status" className="queue-status">
        {result?.ok ? <p className="notice notice--ok">{result.message}</p> : !result && notice ? <p className="notice notice--ok">{notice}</p> : null}
      </div>
      {result && !result.ok ? (
        <p className="notice notice--error" role="alert">
          {result.message}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p>Nothing to review. Thank you!</p>
      ) : (
        <>
          <fetcher.Form method="post" id="bulk-form" className="queue-bulk" aria-label="Act on selected items">
            <JsFlag />
            <span className="muted">With the selected items:</span>
            <button type="submit" name="intent" value="bulk-approve" className="button button--secondary" disabled={busy}>
              Approve selected
            </button>
            <button type="submit" name="intent" value="bulk-dismiss" className="button button--secondary" disabled={busy}>
              Dismiss reports of selected
            </button>
          </fetcher.Form>
          <ol className="card-list queue-list" aria-label="Open items">
            {items.map((item) => (
              <li key={item.id}>
                <QueueItemView item={item} result={result && !result.ok && result.itemId === item.id ? result : null} />
              </li>
            ))}
          </ol>
        </>
      )}
      <NumberedPager page={page} pageCount={pageCount} label="Pages of the queue" />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
