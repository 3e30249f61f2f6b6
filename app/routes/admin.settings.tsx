import { z } from 'zod'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { GeneralErrorBoundary } from '../components/error-boundary.tsx'
import { Field, FormError } from '../components/forms.tsx'
import { requireAdmin } from '../auth/permissions.server.ts'
import { getOperatorSettings, saveOperatorSettings } from '../admin/operator-settings.server.ts'
import { fieldErrors } from '../forum/schemas.ts'

// Number and text fields left out of a submission stay as they are; the checkboxes are read as sent.
const OperatorSettingsSchema = z.object({
  reportHideThreshold: z.coerce
    .number({ invalid_type_error: 'Enter a number from 1 to 50.' })
    .int('Enter a whole number.')
    .min(1, 'At least 1 report.')
    .max(50, 'At most 50 reports.')
    .optional(),
  newMemberReviewPosts: z.coerce
    .number({ invalid_type_error: 'Enter a number from 0 to 50.' })
    .int('Enter a whole number.')
    .min(0, 'Use 0 to turn new-member review off.')
    .max(50, 'At most 50 posts.')
    .optional(),
  crisisResourcesText: z
    .string()
    .trim()
    .min(20, 'Give at least a sentence of help (20 characters or more).')
    .max(2000, 'Keep it under 2,000 characters.')
    .optional(),
})

export const meta: MetaFunction = () => [{ title: 'Settings — Bridges Forum' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request)
  return { settings: await getOperatorSettings() }
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request)
  const form = await request.formData()
  if (form.get('intent') !== 'save') return data({ error: 'Unknown action.', changes: null, errors: null }, { status: 400 })
  const { bridges } = await getOperatorSettings()
  const known = new Set(bridges.map((b) => b.slug))
  const submitted = form.getAll('anonymousBridge').map(String)
  const unknown = submitted.filter((slug) => !known.has(slug))
  if (unknown.length) return data({ error: `There is no bridge called "${unknown[0]}".`, changes: null, errors: null }, { status: 400 })
  const present = (name: string) => (form.has(name) ? String(form.get(name)) : undefined)
  const parsed = OperatorSettingsSchema.safeParse({
    reportHideThreshold: present('reportHideThreshold'),
    newMemberReviewPosts: present('newMemberReviewPosts'),
    crisisResourcesText: present('crisisResourcesText'),
  })
  if (!parsed.success) {
    return data({ error: 'Nothing was saved: please correct the fields marked below.', changes: null, errors: fieldErrors(parsed.error) }, { status: 400 })
  }
  const values = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined))
  const changes = await saveOperatorSettings({
    actorId: admin.id,
    values: { ...values, guestPosting: form.get('guestPosting') === 'on' },
    anonymousBridgeSlugs: new Set(submitted),
  })
  return { error: null, changes, errors: null }
}

export default function SettingsPage() {
  const { settings } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const errors: Record<string, string | undefined> = actionData?.errors ?? {}
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
        <fieldset className="stack">
          <legend>Moderation</legend>
          <Field
            label="Distinct reporters that hide a post until a moderator decides"
            name="reportHideThreshold"
            type="number"
            required
            defaultValue={String(settings.reportHideThreshold)}
            error={errors.reportHideThreshold}
          />
          <Field
            label="First posts of a new member held for review (0 = off)"
            name="newMemberReviewPosts"
            type="number"
            required
            defaultValue={String(settings.newMemberReviewPosts)}
            error={errors.newMemberReviewPosts}
          />
          <Field
            label="Shown at once to a member whose post was held for self-harm language"
            name="crisisResourcesText"
            multiline
            required
            maxLength={2000}
            defaultValue={settings.crisisResourcesText}
            error={errors.crisisResourcesText}
          />
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
