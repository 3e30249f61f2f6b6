import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { z } from 'zod'
import { GeneralErrorBoundary } from '../components/error-boundary.tsx'
import { Field, FormError } from '../components/forms.tsx'
import { requireModerator } from '../auth/permissions.server.ts'
import { addWatchedWord, getActiveScanner, listWatchedWords, removeWatchedWord } from '../moderation/watched-words.server.ts'
import { formatDate, parseId } from '../utils/misc.ts'

export const meta: MetaFunction = () => [{ title: 'Watched words — Bridges Forum' }]

const AddWordSchema = z.object({
  term: z
    .string()
    .trim()
    .min(2, 'A watched word needs at least 2 characters.')
    .max(100, 'Keep watched words under 100 characters.'),
  action: z.enum(['review', 'block'], { errorMap: () => ({ message: 'Choose review or block.' }) }),
})

const TestTextSchema = z.object({
  sample: z.string().trim().min(1, 'Paste a text to test.').max(64_000, 'Test at most 64,000 characters.'),
})

export async function loader({ request }: LoaderFunctionArgs) {
  await requireModerator(request)
  const words = await listWatchedWords()
  return { words: words.map((w) => ({ id: w.id, term: w.term, action: w.action, createdAt: w.createdAt })) }
}

type ActionResult =
  | { intent: 'add' | 'remove'; errors?: Record<string, string>; message?: string; values?: Record<string, string> }
  | { intent: 'test'; errors?: Record<string, string>; values?: Record<string, string>; result?: { decision: string; reasons: { rule: string; category: string; action: string; match: string }[] } }

export async function action({ request }: ActionFunctionArgs) {
  const moderator = await requireModerator(request)
  const form = await request.formData()
  const intent = form.get('intent')
  switch (intent) {
    case 'add': {
      const values = { term: String(form.get('term') ?? ''), action: String(form.get('action') ?? '') }
      const parsed = AddWordSchema.safeParse(values)
      if (!parsed.success) {
        const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]))
        return data<ActionResult>({ intent, errors, values }, { status: 400 })
      }
      await addWatchedWord({ term: parsed.data.term.toLowerCase(), action: parsed.data.action, actorId: moderator.id })
      return data<ActionResult>({ intent, message: `“${parsed.data.term}” now ${parsed.data.action === 'block' ? 'blocks' : 'holds for review'} every new post that contains it.` })
    }
    case 'remove': {
      const id = parseId(form.get('id'))
      if (!id) return data<ActionResult>({ intent, errors: { form: 'Which word?' } }, { status: 400 })
      const removed = await removeWatchedWord({ id, actorId: moderator.id })
      if (!removed) return data<ActionResult>({ intent, errors: { form: 'That word was already removed.' } }, { status: 404 })
      return data<ActionResult>({ intent, message: `“${removed.term}” is no longer watched.` })
    }
    case 'test': {
      const values = { sample: String(form.get('sample') ?? '') }
      const parsed = TestTextSchema.safeParse(values)
      if (!parsed.success) return data<ActionResult>({ intent, errors: { sample: parsed.error.issues[0].message }, values }, { status: 400 })
      const scanner = await getActiveScanner()
      const result = scanner.scan(parsed.data.sample)
      return data<ActionResult>({
        intent,
        values,
        result: {
          decision: result.decision,
          reasons: result.reasons.map((r) => ({ rule: r.rule, category: r.category, action: r.action, match: r.match })),
        },
      })
    }
    default:
      return data<ActionResult>({ intent: 'add', errors: { form: 'Unknown action.' } }, { status: 400 })
  }
}

const decisionText: Record<string, string> = {
  allow: 'Allowed: it would be published at once.',
  review: 'Held for review: only its author and the moderators would see it until approved.',
  block: 'Blocked: it would be refused and nothing stored.',
}

export default function WatchedWordsPage() {
  const { words } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting'
  const errors = actionData?.errors ?? {}
  return (
    <>
      <h1>Watched words</h1>
      <p className="muted">
        Words and phrases added here are matched like the built-in rules (case, look-alike letters, leetspeak, spacing and
        repeated letters are normalised) and take effect on the next post, on every server.
      </p>
      {actionData && 'message' in actionData && actionData.message ? (
        <p className="notice notice--ok" role="status">
          {actionData.message}
        </p>
      ) : null}
      <FormError error={errors.form} />

      <h2 id="add-heading">Add a word or phrase</h2>
      <Form method="post" className="stack" aria-labelledby="add-heading">
        <input type="hidden" name="intent" value="add" />
        <Field label="Word or phrase" name="term" required maxLength={100} error={actionData?.intent === 'add' ? errors.term : null} defaultValue={actionData?.intent === 'add' ? actionData.values?.term : undefined} />
        <fieldset className="field">
          <legend>What happens to a post that contains it</legend>
          <label className="checkbox">
            <input type="radio" name="action" value="review" defaultChecked /> Hold for review
          </label>
          <label className="checkbox">
            <input type="radio" name="action" value="block" /> Block (refuse the post)
          </label>
          {actionData?.intent === 'add' && errors.action ? <p className="field-error">{errors.action}</p> : null}
        </fieldset>
        <div>
          <button type="submit" className="button" disabled={busy}>
            Add
          </button>
        </div>
      </Form>

      <h2>Current list ({words.length})</h2>
      {words.length ? (
        <table className="log">
          <thead>
            <tr>
              <th scope="col">Word or phrase</th>
              <th scope="col">Action</th>
              <th scope="col">Added</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {words.map((word) => (
              <tr key={word.id}>
                <td>{word.term}</td>
                <td>{word.action === 'block' ? 'Block' : 'Review'}</td>
                <td>{formatDate(word.createdAt)}</td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="id" value={word.id} />
                    <button type="submit" className="link-button" aria-label={`Remove ${word.term}`} disabled={busy}>
                      Remove
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No watched words yet: only the built-in rules apply.</p>
      )}

      <h2 id="test-heading">Test a text against the current rules</h2>
      <Form method="post" className="stack" aria-labelledby="test-heading">
        <input type="hidden" name="intent" value="test" />
        <Field label="Sample text" name="sample" multiline required error={actionData?.intent === 'test' ? errors.sample : null} defaultValue={actionData?.intent === 'test' ? actionData.values?.sample : undefined} />
        <div>
          <button type="submit" className="button button--secondary" disabled={busy}>
            Test
          </button>
        </div>
      </Form>
      {actionData?.intent === 'test' && 'result' in actionData && actionData.result ? (
        <div className="card" role="status" aria-live="polite">
          <p>
            <strong>{decisionText[actionData.result.decision]}</strong>
          </p>
          {actionData.result.reasons.length ? (
            <ul>
              {actionData.result.reasons.map((reason, index) => (
                <li key={index}>
                  <mark>{reason.match}</mark> — {reason.category.replace('_', ' ')} ({reason.action}; rule {reason.rule})
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No rule matched.</p>
          )}
        </div>
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
