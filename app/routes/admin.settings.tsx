import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '../components/error-boundary.tsx'
import { FormError } from '../components/forms.tsx'
import { requireAdmin } from '../auth/permissions.server.ts'
import { getOperatorSettings, saveOperatorSettings } from '../admin/operator-settings.server.ts'

export const meta: MetaFunction = () => [{ title: 'Settings — Bridges Forum' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request)
  return { settings: await getOperatorSettings() }
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request)
  const form = await request.formData()
  if (form.get('intent') !== 'save') return data({ error: 'Unknown action.', changes: null }, { status: 400 })
  const { bridges } = await getOperatorSettings()
  const known = new Set(bridges.map((b) => b.slug))
  const submitted = form.getAll('anonymousBridge').map(String)
  const unknown = submitted.filter((slug) => !known.has(slug))
  if (unknown.length) return data({ error: `There is no bridge called "${unknown[0]}".`, changes: null }, { status: 400 })
  const changes = await saveOperatorSettings({
    actorId: admin.id,
    guestPosting: form.get('guestPosting') === 'on',
    anonymousBridgeSlugs: new Set(submitted),
  })
  return { error: null, changes }
}

export default function SettingsPage() {
  const { settings } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  return (
    <>
      <h1>Settings</h1>
      <FormError error={actionData?.error} />
      {actionData?.changes ? (
        <div className="notice" role="status">
          {actionData.changes.length ? (
            <>
              Saved. {actionData.changes.join(' ')} Each change is in the audit log.
            </>
          ) : (
            'Nothing changed.'
          )}
        </div>
      ) : null}
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="save" />
        <fieldset className="stack">
          <legend>Guests</legend>
          <div className="checkbox">
            <input type="checkbox" id="guestPosting" name="guestPosting" defaultChecked={settings.guestPosting} aria-describedby="guestPosting-hint" />
            <label htmlFor="guestPosting">Guests may post anonymously without an account</label>
          </div>
          <p className="hint" id="guestPosting-hint">
            Guest posts are always held for review before anyone else sees them, and rate-limited per connection.
          </p>
        </fieldset>
        <fieldset className="stack">
          <legend>Anonymous posting by bridge</legend>
          {settings.bridges.map((bridge) => (
            <div className="checkbox" key={bridge.slug}>
              <input
                type="checkbox"
                id={`anonymous-${bridge.slug}`}
                name="anonymousBridge"
                value={bridge.slug}
                defaultChecked={bridge.allowAnonymous}
              />
              <label htmlFor={`anonymous-${bridge.slug}`}>
                Bridge {bridge.position}: {bridge.name} — members may post anonymously
              </label>
            </div>
          ))}
        </fieldset>
        <div>
          <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
            Save settings
          </button>
        </div>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
