import { redirect } from '@remix-run/node'
import { getLucia } from './lucia.server.ts'
import { safeRedirect } from '../utils/misc.ts'

export type SessionUser = {
  id: string
  username: string
  role: 'member' | 'moderator' | 'admin'
  suspendedUntil: Date | null
  bannedAt: Date | null
  sanctionReason: string | null
}

/** The signed-in user, or null. Memoised per request: a page asks several times. */
const userByRequest = new WeakMap<Request, Promise<SessionUser | null>>()

export function getUser(request: Request): Promise<SessionUser | null> {
  let pending = userByRequest.get(request)
  if (!pending) {
    pending = loadUser(request)
    userByRequest.set(request, pending)
  }
  return pending
}

/** The session id from the Cookie header; a malformed header (bad %-escapes) counts as none. */
function readSessionId(request: Request) {
  try {
    return getLucia().readSessionCookie(request.headers.get('Cookie') ?? '')
  } catch {
    return null
  }
}

async function loadUser(request: Request): Promise<SessionUser | null> {
  const lucia = getLucia()
  const sessionId = readSessionId(request)
  if (!sessionId) return null
  const { user } = await lucia.validateSession(sessionId)
  return user
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request)
  if (!user) {
    const url = new URL(request.url)
    const redirectTo = url.pathname + url.search
    throw redirect(`/login?${new URLSearchParams({ redirectTo })}`)
  }
  return user
}

export async function requireAnonymous(request: Request) {
  if (await getUser(request)) throw redirect('/')
}

/** Starts a session and redirects; the Set-Cookie header carries the session cookie. */
export async function createUserSession({ userId, redirectTo }: { userId: string; redirectTo: string | null }) {
  const lucia = getLucia()
  const session = await lucia.createSession(userId, {})
  return redirect(safeRedirect(redirectTo), {
    headers: { 'Set-Cookie': lucia.createSessionCookie(session.id).serialize() },
  })
}

export async function logout(request: Request) {
  const lucia = getLucia()
  const sessionId = readSessionId(request)
  if (sessionId) await lucia.invalidateSession(sessionId)
  return redirect('/', { headers: { 'Set-Cookie': lucia.createBlankSessionCookie().serialize() } })
}

/** Why a member may not post or report right now (suspension or ban), or null. */
export function sanctionOf(user: SessionUser, now = new Date()) {
  if (user.bannedAt) return { kind: 'banned' as const, until: null, reason: user.sanctionReason }
  if (user.suspendedUntil && user.suspendedUntil > now)
    return { kind: 'suspended' as const, until: user.suspendedUntil, reason: user.sanctionReason }
  return null
}

/** What a sanctioned member is told when they try to `doing` (post, report…): why and until when. */
export function sanctionMessage(sanction: NonNullable<ReturnType<typeof sanctionOf>>, doing: string) {
  const until = sanction.until ? ` until ${sanction.until.toUTCString()}` : ''
  const why = sanction.reason ? ` Reason: ${sanction.reason}` : ''
  return `You are ${sanction.kind}${until} and cannot ${doing}.${why}`
}
