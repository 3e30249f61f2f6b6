import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { Field } from '../components/forms.tsx'
import { createUser, passwordProblem } from '../auth/accounts.server.ts'
import { createUserSession, requireAnonymous } from '../auth/session.server.ts'
import { UsernameSchema } from '../forum/schemas.ts'
import { safeRedirect } from '../utils/misc.ts'

export const meta: MetaFunction = () => [{ title: 'Sign up — Bridges Forum' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request)
  return null
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData()
  const rawUsername = String(form.get('username') ?? '')
  const password = String(form.get('password') ?? '')
  const redirectTo = safeRedirect(form.get('redirectTo'))
  const errors: Record<string, string> = {}
  const username = UsernameSchema.safeParse(rawUsername)
  if (!username.success) errors.username = username.error.issues[0].message
  const problem = passwordProblem(password)
  if (problem) errors.password = problem
  if (Object.keys(errors).length || !username.success) return data({ errors, username: rawUsername }, { status: 400 })
  const user = await createUser({ username: username.data, password })
  if (!user) return data({ errors: { username: 'That username is taken.' }, username: rawUsername }, { status: 400 })
  return createUserSession({ userId: user.id, redirectTo })
}

export default function SignupPage() {
  const [searchParams] = useSearchParams()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const errors: Record<string, string | undefined> = actionData?.errors ?? {}
  const redirectTo = searchParams.get('redirectTo') ?? '/'
  return (
    <>
      <h1>Create an account</h1>
      <p className="muted">Your username is public on posts you do not make anonymously. Choose one that does not identify you if you prefer.</p>
      <Form method="post" className="stack" style={{ maxWidth: '26rem' }}>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field label="Username" name="username" autoComplete="username" required minLength={3} maxLength={24} hint="3–24 characters: a–z, 0–9, _ and -." error={errors.username} defaultValue={actionData?.username} />
        <Field label="Password" name="password" type="password" autoComplete="new-password" required minLength={10} hint="At least 10 characters." error={errors.password} />
        <div>
          <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
            Sign up
          </button>
        </div>
      </Form>
      <p>
        Already have an account? <Link to={`/login?${new URLSearchParams({ redirectTo })}`}>Log in</Link>
      </p>
    </>
  )
}
