import { useActionData, useFetcher } from '@remix-run/react'
import { useId, useState } from 'react'
import { REPORT_REASONS, reportReasonLabels } from '../../moderation/reasons.ts'

type ReportResult = { report?: { postId: number; ok: boolean; message: string; errors?: Record<string, string> } | null }

/** All report forms of the page share one fetcher, so the page can thank for a post that is gone. */
const REPORT_FETCHER = 'thread-report'

/** The latest report result: from the fetcher with JavaScript, from the page's action without. */
function useLatestReport() {
  const fetcher = useFetcher<ReportResult>({ key: REPORT_FETCHER })
  const pageResult = useActionData<ReportResult>()
  return { fetcher, latest: fetcher.data?.report ?? pageResult?.report ?? null }
}

/**
 * The thank-you for a report whose post is no longer on the page (hidden once enough members
 * reported it): the reporter is thanked the same way either way.
 */
export function ReportStatus({ postIds }: { postIds: number[] }) {
  const { latest } = useLatestReport()
  if (!latest?.ok || postIds.includes(latest.postId)) return null
  return (
    <p className="notice notice--ok" role="status">
      {latest.message}
    </p>
  )
}

/**
 * "Report" under a post: a disclosure with the reasons. With JavaScript it submits in place; without
 * it, it is an ordinary form and the page comes back with the same message.
 */
export function ReportForm({ postId, threadId }: { postId: number; threadId: number }) {
  const { fetcher, latest } = useLatestReport()
  const result = latest?.postId === postId ? latest : null
  const id = useId()
  // Remembered here: a later report of another post replaces the shared fetcher's data.
  const [thanks, setThanks] = useState<string | null>(null)
  if (result?.ok && thanks !== result.message) setThanks(result.message)
  const sending = fetcher.state !== 'idle' && fetcher.formData?.get('postId') === String(postId)
  if (thanks) {
    return (
      <p className="notice notice--ok report-thanks" role="status">
        {thanks}
      </p>
    )
  }
  const errors = result?.errors ?? {}
  return (
    <details className="inline-form report-form" open={result ? true : undefined}>
      <summary>Report</summary>
      <fetcher.Form method="post" action={`/t/${threadId}`} className="stack">
        <input type="hidden" name="intent" value="report" />
        <input type="hidden" name="postId" value={postId} />
        {result && !result.ok ? (
          <p className="notice notice--error" role="alert">
            {result.message}
          </p>
        ) : null}
        <fieldset aria-describedby={errors.reason ? `${id}-reason-error` : undefined}>
          <legend>What is wrong with this post?</legend>
          {REPORT_REASONS.map((reason) => (
            <div className="checkbox" key={reason}>
              <input type="radio" id={`${id}-${reason}`} name="reason" value={reason} required />
              <label htmlFor={`${id}-${reason}`}>{reportReasonLabels[reason]}</label>
            </div>
          ))}
          {errors.reason ? (
            <p className="field-error" id={`${id}-reason-error`}>
              {errors.reason}
            </p>
          ) : null}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-note`}>Note for the moderators (needed for “something else”)</label>
          <textarea
            id={`${id}-note`}
            name="note"
            maxLength={1000}
            rows={3}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={errors.note ? `${id}-note-error` : undefined}
          />
          {errors.note ? (
            <p className="field-error" id={`${id}-note-error`}>
              {errors.note}
            </p>
          ) : null}
        </div>
        <p className="hint muted">Only moderators see reports. The author is not told who reported.</p>
        <div>
          <button type="submit" className="button button--secondary" disabled={sending}>
            {sending ? 'Sending…' : 'Send report'}
          </button>
        </div>
      </fetcher.Form>
    </details>
  )
}
