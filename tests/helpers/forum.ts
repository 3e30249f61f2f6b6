// Helpers for integration tests: real users and sessions, real Requests, and the route modules'
// own loaders and actions.
import crypto from 'node:crypto'
import { eq } from 'drizzle-orm'
import { bridges } from '../../db/schema/index.ts'
import { db } from '../../app/db.server.ts'
import { createUser, type Role } from '../../app/auth/accounts.server.ts'
import { getLucia } from '../../app/auth/lucia.server.ts'
import { createReply, createThread } from '../../app/forum/posts.server.ts'

export type TestUser = { id: string; username: string; role: Role; cookie: string }

let counter = 0
export async function createMember({ role = 'member', username }: { role?: Role; username?: string } = {}): Promise<TestUser> {
  const name = username ?? `${role}_${++counter}_${crypto.randomBytes(2).toString('hex')}`
  const user = await createUser({ username: name, password: 'a-long-test-password', role })
  if (!user) throw new Error(`user ${name} exists`)
  const session = await getLucia().createSession(user.id, {})
  const cookie = getLucia().createSessionCookie(session.id)
  return { id: user.id, username: user.username, role, cookie: `${cookie.name}=${cookie.value}` }
}

export function makeRequest(
  path: string,
  { method = 'GET', form, user, headers = {} }: { method?: string; form?: Record<string, string>; user?: TestUser | null; headers?: Record<string, string> } = {},
) {
  const init: RequestInit = { method, headers: { ...headers, ...(user ? { Cookie: user.cookie } : {}) } }
  if (form) init.body = new URLSearchParams(form)
  return new Request(`http://localhost${path}`, init)
}

type DataFunction = (args: { request: Request; params: Record<string, string | undefined>; context: object }) => unknown

export type RouteResult = { status: number; data: any; location: string | null; headers: Headers }

/** Calls a loader or action and normalises what it returned or threw into one shape. */
export async function call(
  fn: DataFunction,
  request: Request,
  params: Record<string, string> = {},
  context: Record<string, unknown> = {},
): Promise<RouteResult> {
  let result: unknown
  try {
    result = await fn({ request, params, context })
  } catch (thrown) {
    result = thrown
  }
  if (result instanceof Response) {
    const text = await result.text()
    let data: unknown = text
    try {
      data = JSON.parse(text)
    } catch {
      // plain-text error message
    }
    return { status: result.status, data, location: result.headers.get('Location'), headers: result.headers }
  }
  if (result instanceof Error) throw result
  if (result && typeof result === 'object' && (result as { type?: string }).type === 'DataWithResponseInit') {
    const { data, init } = result as { data: unknown; init: ResponseInit | null }
    return { status: init?.status ?? 200, data, location: null, headers: new Headers(init?.headers) }
  }
  return { status: 200, data: result, location: null, headers: new Headers() }
}

export async function bridgeId(slug = 'intimacy') {
  const [bridge] = await db.select({ id: bridges.id }).from(bridges).where(eq(bridges.slug, slug))
  return bridge.id
}

/** A published thread (moderation skipped) with optional replies, for tests that need content. */
export async function createTestThread({
  author,
  bridgeSlug = 'intimacy',
  title = 'A thread for testing',
  body = 'Opening post body',
  anonymous = false,
  replies = [],
}: {
  author: TestUser
  bridgeSlug?: string
  title?: string
  body?: string
  anonymous?: boolean
  replies?: { author: TestUser; body: string; anonymous?: boolean }[]
}) {
  const id = await bridgeId(bridgeSlug)
  const member = (u: TestUser) => ({ kind: 'member' as const, id: u.id, role: u.role })
  const thread = await createThread({ author: member(author), bridgeId: id, articleId: null, title, body, anonymous, trusted: true })
  if (!thread.ok) throw new Error('thread refused')
  for (const reply of replies) {
    await createReply({ author: member(reply.author), threadId: thread.threadId, bridgeId: id, body: reply.body, anonymous: reply.anonymous ?? false, trusted: true })
  }
  return { threadId: thread.threadId, postId: thread.postId, bridgeId: id }
}
