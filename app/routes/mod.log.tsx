import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '../components/error-boundary.tsx'
import { FormError } from '../components/forms.tsx'
import { requireAdmin } from '../auth/permissions.server.ts'
import { listAuditLog, listStaff } from '../moderation/audit.server.ts'
import { undoRemoval, UndoRemovalSchema } from '../moderation/actions.server.ts'
import { auditActionLabels } from '../moderation/reasons.ts'
import { formatDateTime, invariantResponse } from '../utils/misc.ts'

export const meta: MetaFunction = () => [{ title: 'Moderation log — Bridges Forum' }]

const DAY = /^\d{4}-\d{2}-\d{2}$/

function parseDay(value: string | null, label: string) {
  if (!value) return null
  const date = new Date(`${value}T00:00:00Z`)
  invariantResponse(DAY.test(value) && !Number.isNaN(date.getTime()), `The ${label} date must look like 2025-01-31.`, { status: 400 })
  return date
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request)
  const url = new URL(request.url)
  const moderator = url.searchParams.get('moderator') ?? ''
  const action = url.searchParams.get('action') ?? ''
  const fromParam = url.searchParams.get('from') ?? ''
  const toParam = url.searchParams.get('to') ?? ''
  const beforeParam = url.searchParams.get('before')
  invariantResponse(!action || /^[a-z_]{1,40}$/.test(action), 'Unknown action filter.', { status: 400 })
  invariantResponse(!beforeParam || /^\d{1,9}$/.test(beforeParam), 'That page link is not valid.', { status: 400 })
  const from = parseDay(fromParam, 'from')
  const toDay = parseDay(toParam, 'to')
  // "To" includes the whole day.
  const to = toDay ? new Date(toDay.getTime() + 24 * 60 * 60 * 1000) : null
  const staff = await listStaff()
  const actor = moderator ? staff.find((s) => s.username === moderator.toLowerCase()) : null
  invariantResponse(!moderator || actor, 'There is no moderator with that username.', { status: 400 })
  const page = await listAuditLog({ actorId: actor?.id, action: action || null, from, to, before: beforeParam ? Number(beforeParam) : null })
  const filters = { moderator, action, from: fromParam, to: toParam }
  const next = page.nextBefore ? `?${new URLSearchParams({ ...withoutEmpty(filters), before: String(page.nextBefore) })}` : null
  return {
    entries: page.entries,
    staff: staff.map((s) => s.username),
    actions: Object.entries(auditActionLabels).map(([value, label]) => ({ value, label })),
    filters,
    next,
    first: beforeParam ? `?${new URLSearchParams(withoutEmpty(filters))}` : null,
    undone: url.searchParams.get('undone') === '1',
  }
}

function withoutEmpty(values: Record<string, string>) {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v))
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAdmin(request)
  const form = await request.formData()
  if (form.get('intent') !== 'undo-removal') return data({ error: 'Unknown action.' }, { status: 400 })
  const parsed = UndoRemovalSchema.safeParse(Object.fromEntries(form))
  if (!parsed.success) return data({ error: 'Which post?' }, { status: 400 })
  const result = await undoRemoval({ actor: user, postId: parsed.data.postId })
  if (!result.ok) return data({ error: result.message }, { status: result.status })
  return redirect('/mod/log?undone=1')
}

export default function ModerationLogPage() {
  const { entries, staff, actions, filters, next, first, undone } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  return (
    <>
      <h1>Moderation log</h1>
      <p>
        <Link to="/admin/moderators">Manage moderators and their bridges</Link>
      </p>
      {undone ? (
        <p className="notice notice--ok" role="status">
          Removal undone: the post is visible again.
        </p>
      ) : null}
      <FormError error={actionData?.error} />
      <Form method="get" className="log-filters" aria-label="Filter the log">
        <div className="field">
          <label htmlFor="log-moderator">Moderator</label>
          <select id="log-moderator" name="moderator" defaultValue={filters.moderator}>
            <option value="">Anyone</option>
            {staff.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="log-action">Action</label>
          <select id="log-action" name="action" defaultValue={filters.action}>
            <option value="">Any action</option>
            {actions.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="log-from">From</label>
          <input id="log-from" type="date" name="from" defaultValue={filters.from} />
        </div>
        <div className="field">
          <label htmlFor="log-to">To</label>
          <input id="log-to" type="date" name="to" defaultValue={filters.to} />
        </div>
        <div>
          <button type="submit" className="button">
            Filter
          </button>
        </div>
      </Form>
      {entries.length === 0 ? (
        <p>No entries.</p>
      ) : (
        <div className="table-scroll">
          <table className="log">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Item / post</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
                  </td>
                  <td>{e.actorName ?? '—'}</td>
                  <td>
                    {auditActionLabels[e.action] ?? e.action}
                    {e.targetLabel ? <span className="meta"> · {e.targetLabel}</span> : null}
                    {e.summary ? <span className="meta"> · {e.summary}</span> : null}
                  </td>
                  <td>
                    {e.itemId ? `#${e.itemId} ` : ''}
                    {e.post ? <Link to={e.post.url}>post</Link> : null}
                    {e.action === 'remove' && e.post?.status === 'removed' ? (
                      <Form method="post" className="inline">
                        <input type="hidden" name="intent" value="undo-removal" />
                        <input type="hidden" name="postId" value={e.post.id} />
                        <button type="submit" className="link-button" disabled={navigation.state === 'submitting'}>
                          Undo removal
                        </button>
                      </Form>
                    ) : null}
                  </td>
                  <td>{e.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label="Pages of the log">
        {first ? <Link to={first}>← Newest</Link> : <span />}
        {next ? <Link to={next}>Older entries →</Link> : <span />}
      </nav>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
