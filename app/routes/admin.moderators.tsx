import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '../components/error-boundary.tsx'
import { Field, FormError } from '../components/forms.tsx'
import { requireAdmin } from '../auth/permissions.server.ts'
import { fieldErrors } from '../forum/schemas.ts'
import { AssignBridgesSchema, listModerators, setModeratorBridges, SetRoleSchema, setStaffRole } from '../moderation/moderators.server.ts'

export const meta: MetaFunction = () => [{ title: 'Moderators — Bridges Forum' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request)
  const url = new URL(request.url)
  return { ...(await listModerators()), saved: url.searchParams.get('saved') === '1' }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireAdmin(request)
  const form = await request.formData()
  const intent = form.get('intent')
  switch (intent) {
    case 'set-bridges': {
      const parsed = AssignBridgesSchema.safeParse({ username: form.get('username'), bridgeIds: form.getAll('bridgeId') })
      if (!parsed.success) return data({ error: Object.values(fieldErrors(parsed.error))[0] ?? 'Please check the form.', field: null }, { status: 400 })
      const result = await setModeratorBridges({ actor: user, ...parsed.data })
      if (!result.ok) return data({ error: result.message, field: null }, { status: result.status })
      return redirect('/admin/moderators?saved=1')
    }
    case 'set-role': {
      const parsed = SetRoleSchema.safeParse(Object.fromEntries(form))
      if (!parsed.success) return data({ error: null, field: Object.values(fieldErrors(parsed.error))[0] ?? 'Please check the form.' }, { status: 400 })
      const result = await setStaffRole({ actor: user, ...parsed.data })
      if (!result.ok) return data({ error: null, field: result.message }, { status: result.status })
      return redirect('/admin/moderators?saved=1')
    }
    default:
      return data({ error: 'Unknown action.', field: null }, { status: 400 })
  }
}

export default function ModeratorsPage() {
  const { moderators, bridges, saved } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const submitting = navigation.state === 'submitting'
  return (
    <>
      <h1>Moderators</h1>
      {saved ? (
        <p className="notice notice--ok" role="status">
          Saved.
        </p>
      ) : null}
      <FormError error={actionData?.error} />
      <p className="muted">A moderator with no bridges ticked moderates all bridges. Admins always moderate everything.</p>
      <ul className="card-list">
        {moderators.map((m) => (
          <li key={m.username} className="card">
            <h2>
              {m.username} <span className="pill">{m.role}</span>
            </h2>
            {m.role === 'admin' ? (
              <p className="muted">All bridges.</p>
            ) : (
              <>
                <Form method="post" className="stack">
                  <input type="hidden" name="intent" value="set-bridges" />
                  <input type="hidden" name="username" value={m.username} />
                  <fieldset>
                    <legend>Bridges {m.username} moderates</legend>
                    {bridges.map((b) => (
                      <div className="checkbox" key={b.id}>
                        <input type="checkbox" id={`mb-${m.username}-${b.id}`} name="bridgeId" value={b.id} defaultChecked={m.bridgeIds.includes(b.id)} />
                        <label htmlFor={`mb-${m.username}-${b.id}`}>{b.name}</label>
                      </div>
                    ))}
                  </fieldset>
                  <div>
                    <button type="submit" className="button" disabled={submitting}>
                      Save bridges
                    </button>
                  </div>
                </Form>
                <Form method="post">
                  <input type="hidden" name="intent" value="set-role" />
                  <input type="hidden" name="username" value={m.username} />
                  <input type="hidden" name="role" value="member" />
                  <button type="submit" className="link-button" disabled={submitting}>
                    Make {m.username} a member again
                  </button>
                </Form>
              </>
            )}
          </li>
        ))}
      </ul>
      <h2>Add a moderator</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="set-role" />
        <input type="hidden" name="role" value="moderator" />
        <Field label="Username" name="username" required autoComplete="off" error={actionData?.field} />
        <div>
          <button type="submit" className="button" disabled={submitting}>
            Make moderator
          </button>
        </div>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
