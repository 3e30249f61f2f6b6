import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { Field, FormError } from '../components/forms.tsx'
import { verifyLogin } from '../auth/accounts.server.ts'
import { loginBlockedFor, recordFailedLogin } from '../auth/login-limit.server.ts'
import { createUserSession, requireAnonymous } from '../auth/session.server.ts'
import { safeRedirect } from '../utils/misc.ts'

export const meta: MetaFunction = () => [{ title: 'Log in — Bridges Forum' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request)
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const username = String(form.get('username') ?? '').trim()
  const password = String(form.get('password') ?? '')
  const redirectTo = safeRedirect(form.get('redirectTo'))
  if (!username || !password) {
    return data({ error: 'Enter your username and password.', username }, { status: 400 })
  }
  const waitSeconds = await loginBlockedFor({ context, username })
  if (waitSeconds) {
    const minutes = Math.ceil(waitSeconds / 60)
    return data(
      { error: `Too many login attempts. Please wait about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and try again.`, username },
      { status: 429, headers: { 'Retry-After': String(waitSeconds) } },
    )
  }
  const user = await verifyLogin({ username, password })
  if (!user) {
    await recordFailedLogin({ context, username })
    return data({ error: 'That username and password do not match an account.', username }, { status: 400 })
  }
  return createUserSession({ userId: user.id, redirectTo })
}

export default function LoginPage() {
  const [searchParams] = useSearchParams()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const redirectTo = searchParams.get('redirectTo') ?? '/'
  return (
    <>
      <h1>Log in</h1>
      <FormError error={actionData?.error} />
      <Form method="post" className="stack" style={{ maxWidth: '26rem' }}>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field label="Username" name="username" autoComplete="username" required defaultValue={actionData?.username} />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        <div>
          <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
            Log in
          </button>
        </div>
      </Form>
      <p>
        New here? <Link to={`/signup?${new URLSearchParams({ redirectTo })}`}>Create an account</Link>
      </p>
    </>
  )
}
