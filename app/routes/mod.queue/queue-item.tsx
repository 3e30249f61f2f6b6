import { Link, useFetcher } from '@remix-run/react'
import { useId, useSyncExternalStore } from 'react'
import type { QueueItem } from '../../moderation/queue.server.ts'
import { REMOVAL_REASONS, SUSPENSION_DAYS, reportReasonLabels } from '../../moderation/reasons.ts'
import { formatDateTime } from '../../utils/misc.ts'

/** All queue forms share one fetcher, so the page can announce the result of whichever was used. */
export const QUEUE_FETCHER = 'mod-queue'

/** Present only once JavaScript runs: tells the action to answer in place instead of redirecting. */
export function JsFlag() {
  // false while rendering on the server and hydrating, true once the browser runs the page
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false)
  return hydrated ? <input type="hidden" name="js" value="1" /> : null
}
const noSubscription = () => () => {}

const sourceLabels: Record<string, string> = {
  filter: 'Filter',
  report: 'Reports',
  new_member: 'New member',
  guest: 'Guest post',
}

type ItemError = { message: string; errors?: Record<string, string> }

function ReasonFields({ idPrefix, errors }: { idPrefix: string; errors?: Record<string, string> }) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-preset`}>Reason</label>
        <select id={`${idPrefix}-preset`} name="preset" required defaultValue="">
          <option value="" disabled>
            Choose a reason…
          </option>
          {Object.entries(REMOVAL_REASONS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
          <option value="other">Other (write it below)</option>
        </select>
        {errors?.preset ? <p className="field-error">{errors.preset}</p> : null}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-note`}>In your words (the author sees this)</label>
        <textarea
          id={`${idPrefix}-note`}
          name="note"
          rows={2}
          maxLength={500}
          aria-invalid={errors?.note ? true : undefined}
          aria-describedby={errors?.note ? `${idPrefix}-note-error` : undefined}
        />
        {errors?.note ? (
          <p className="field-error" id={`${idPrefix}-note-error`}>
            {errors.note}
          </p>
        ) : null}
      </div>
    </>
  )
}

export function QueueItemView({ item, result }: { item: QueueItem; result: ItemError | null }) {
  const fetcher = useFetcher({ key: QUEUE_FETCHER })
  const id = useId()
  const busy = fetcher.state !== 'idle' && fetcher.formData?.get('itemId') === String(item.id)
  const hidden = (
    <>
      <JsFlag />
      <input type="hidden" name="itemId" value={item.id} />
    </>
  )
  const hasReports = item.sources.includes('report')
  const held = item.post.status === 'pending' || item.post.status === 'hidden'
  return (
    <article className={`card queue-item${item.urgent ? ' queue-item--urgent' : ''}`} aria-labelledby={`${id}-title`} aria-busy={busy || undefined}>
      <header className="queue-item__header">
        <input type="checkbox" name="itemId" value={item.id} form="bulk-form" id={`${id}-select`} />
        <label htmlFor={`${id}-select`} className="visually-hidden">
          Select item {item.id}
        </label>
        {item.urgent ? <span className="pill pill--urgent">Urgent</span> : null}
        {item.sources.map((s) => (
          <span key={s} className="pill">
            {sourceLabels[s] ?? s}
          </span>
        ))}
        <span className="meta">
          {item.thread.bridgeName} · queued <time dateTime={item.queuedAt}>{formatDateTime(item.queuedAt)}</time>
        </span>
      </header>
      <h2 id={`${id}-title`}>
        <Link to={item.post.url}>{item.thread.title}</Link> <span className="meta">post #{item.post.seq}</span>
        {item.thread.isLocked ? <span className="pill">Locked</span> : null}
      </h2>

      {item.context.length ? (
        <details className="queue-context">
          <summary>Earlier in the thread ({item.context.length})</summary>
          <ol className="queue-context__list">
            {item.context.map((c) => (
              <li key={c.seq}>
                <p className="meta">
                  #{c.seq} · {c.authorLabel}
                  {c.state !== 'visible' ? ` · ${c.state}` : ''}
                </p>
                {c.bodyHtml ? <div className="post__body" dangerouslySetInnerHTML={{ __html: c.bodyHtml }} /> : <p className="muted">[deleted]</p>}
              </li>
            ))}
          </ol>
        </details>
      ) : null}

      <section className="post queue-item__post" aria-label="The post">
        <p className="post__header">
          <span className="post__author">{item.author.label}</span>
          {item.author.shownAs ? <span className="meta">shown as {item.author.shownAs}</span> : null}
          <span className="pill">{item.post.deleted ? 'deleted by author' : item.post.status}</span>
          {item.author.moderatedBefore !== null ? (
            <span className="meta">
              {item.author.moderatedBefore === 0
                ? 'never moderated before'
                : `moderated ${item.author.moderatedBefore} time${item.author.moderatedBefore === 1 ? '' : 's'} before`}
            </span>
          ) : null}
        </p>
        <div className="post__body" dangerouslySetInnerHTML={{ __html: item.post.bodyHtml }} />
      </section>

      {item.scanReasons.length ? (
        <section aria-label="Why the filter held it">
          <h3 className="queue-item__subhead">Filter matches</h3>
          <ul className="queue-reasons">
            {item.scanReasons.map((r, i) => (
              <li key={i}>
                {r.category}: <mark>{r.match}</mark> <span className="meta">({r.rule}, {r.action})</span>
              </li>
            ))}
          </ul>
          <pre className="queue-source" aria-label="Post text with matches highlighted">
            {item.post.highlighted.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
          </pre>
        </section>
      ) : null}

      {item.reports.total ? (
        <section aria-label="Reports">
          <h3 className="queue-item__subhead">
            Reports ({item.reports.total})
          </h3>
          <ul className="queue-reasons">
            {item.reports.byReason.map((r) => (
              <li key={r.reason}>
                {r.label} × {r.count}
              </li>
            ))}
          </ul>
          {item.reports.notes.length ? (
            <ul className="queue-notes" aria-label="Notes from reporters">
              {item.reports.notes.map((n, i) => (
                <li key={i}>
                  {reportReasonLabels[n.reason]}: “{n.note}”
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      {result ? (
        <p className="notice notice--error" role="alert">
          {result.message}
        </p>
      ) : null}

      <div className="queue-actions">
        <fetcher.Form method="post">
          {hidden}
          <button type="submit" name="intent" value="approve" className="button" disabled={busy}>
            Approve
          </button>
        </fetcher.Form>
        {hasReports ? (
          <fetcher.Form method="post">
            {hidden}
            <button type="submit" name="intent" value="dismiss" className="button button--secondary" disabled={busy}>
              Dismiss reports
            </button>
          </fetcher.Form>
        ) : null}
        {!item.thread.isLocked ? (
          <fetcher.Form method="post">
            {hidden}
            <button type="submit" name="intent" value="lock" className="button button--secondary" disabled={busy}>
              Lock thread
            </button>
          </fetcher.Form>
        ) : null}
      </div>

      <details className="inline-form">
        <summary>Remove…</summary>
        <fetcher.Form method="post" className="stack">
          {hidden}
          <ReasonFields idPrefix={`${id}-remove`} errors={result?.errors} />
          <div>
            <button type="submit" name="intent" value="remove" className="button" disabled={busy}>
              Remove post
            </button>
          </div>
        </fetcher.Form>
      </details>

      {item.author.isAccount ? (
        <details className="inline-form">
          <summary>Suspend or ban the author…</summary>
          <fetcher.Form method="post" className="stack">
            {hidden}
            <p className="muted">
              {item.author.label === 'anonymous author'
                ? 'The author stays anonymous to you: the suspension reaches them through this post.'
                : 'The member is told the reason and until when.'}
            </p>
            <div className="field">
              <label htmlFor={`${id}-days`}>Suspend for</label>
              <select id={`${id}-days`} name="days" defaultValue="7">
                {SUSPENSION_DAYS.map((d) => (
                  <option key={d} value={d}>
                    {d} day{d === 1 ? '' : 's'}
                  </option>
                ))}
              </select>
            </div>
            <ReasonFields idPrefix={`${id}-sanction`} errors={result?.errors} />
            <div className="queue-actions">
              <button type="submit" name="intent" value="suspend" className="button" disabled={busy}>
                Suspend
              </button>
              <button type="submit" name="intent" value="ban" className="button button--secondary" disabled={busy}>
                Ban permanently
              </button>
            </div>
          </fetcher.Form>
        </details>
      ) : null}

      {held && item.post.bodySource !== null ? (
        <details className="inline-form">
          <summary>Edit before approving…</summary>
          <fetcher.Form method="post" className="stack">
            {hidden}
            <div className="field">
              <label htmlFor={`${id}-body`}>Post text (the original is kept)</label>
              <textarea id={`${id}-body`} name="body" rows={8} maxLength={20000} required defaultValue={item.post.bodySource} />
            </div>
            <div>
              <button type="submit" name="intent" value="edit" className="button button--secondary" disabled={busy}>
                Save moderator edit
              </button>
            </div>
          </fetcher.Form>
        </details>
      ) : null}
    </article>
  )
}
