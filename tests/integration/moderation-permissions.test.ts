// Who may do what, for every route and action of reports and the review queue: guest, member,
// suspended member, moderator, moderator of another bridge, admin.
import { beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { auditLog, moderatorBridges } from '../../db/schema/index.ts'
import { db } from '../../app/db.server.ts'
import { updateSetting } from '../../app/settings.server.ts'
import * as queuePage from '../../app/routes/mod.queue/route.tsx'
import * as logPage from '../../app/routes/mod.log.tsx'
import * as moderatorsPage from '../../app/routes/admin.moderators.tsx'
import { bridgeId, call, createMember, createTestThread, makeRequest, type TestUser } from '../helpers/forum.ts'
import { bulkAction, holdPost, itemRow, queueAction, report, sanctionUser, viewThread } from '../helpers/moderation.ts'

type Role = 'guest' | 'member' | 'suspended' | 'moderator' | 'otherModerator' | 'admin'
const roles: Role[] = ['guest', 'member', 'suspended', 'moderator', 'otherModerator', 'admin']
const users = {} as Record<Role, TestUser | null>
let author: TestUser

beforeAll(async () => {
  await updateSetting('newMemberReviewPosts', 0)
  author = await createMember()
  users.guest = null
  users.member = await createMember()
  users.suspended = await createMember()
  await sanctionUser(users.suspended, { days: 7 })
  users.moderator = await createMember({ role: 'moderator' })
  users.otherModerator = await createMember({ role: 'moderator' })
  // Items below live in the "intimacy" bridge; this moderator only has bridge 1.
  await db.insert(moderatorBridges).values({ userId: users.otherModerator.id, bridgeId: await bridgeId('bridge-1') })
  users.admin = await createMember({ role: 'admin' })
})

async function heldItem() {
  // A fresh author each time: a suspension or ban in one test must not refuse the next.
  const writer = await createMember()
  const thread = await createTestThread({ author: users.member!, replies: [{ author: writer, body: 'A held reply' }] })
  const page = await viewThread(writer, thread.threadId)
  const postId = page.data.posts[1].id as number
  return { ...thread, postId, itemId: await holdPost({ postId, sources: ['filter', 'report'] }) }
}

function expectOutcome(role: Role, result: { status: number; location: string | null }, allowed: Role[], okStatus = 200) {
  if (role === 'guest') {
    expect(result.status, role).toBe(302)
    expect(result.location, role).toMatch(/^\/login\?redirectTo=/)
  } else if (allowed.includes(role)) {
    expect(result.status, role).toBe(okStatus)
  } else {
    expect(result.status, role).toBe(403)
  }
}

const moderators: Role[] = ['moderator', 'otherModerator', 'admin']
const inScope: Role[] = ['moderator', 'admin']

describe('/mod/queue', () => {
  it.each(roles)('viewing the queue as %s', async (role) => {
    const { itemId } = await heldItem()
    const result = await call(queuePage.loader as never, makeRequest('/mod/queue', { user: users[role] }))
    expectOutcome(role, result, moderators)
    if (role === 'otherModerator') expect(result.data.items.map((i: { id: number }) => i.id)).not.toContain(itemId)
    if (inScope.includes(role)) expect(result.data.items.map((i: { id: number }) => i.id)).toContain(itemId)
  })

  const actions: Record<string, Record<string, string>> = {
    approve: { intent: 'approve' },
    remove: { intent: 'remove', preset: 'spam' },
    dismiss: { intent: 'dismiss' },
    lock: { intent: 'lock' },
    suspend: { intent: 'suspend', days: '1', preset: 'spam' },
    ban: { intent: 'ban', preset: 'spam' },
    edit: { intent: 'edit', body: 'Edited by a moderator' },
  }
  for (const [name, form] of Object.entries(actions)) {
    it.each(roles)(`${name} as %s`, async (role) => {
      const { itemId } = await heldItem()
      const result = await queueAction(users[role], { ...form, itemId: String(itemId) })
      expectOutcome(role, result, inScope)
      const entries = await db.select().from(auditLog).where(eq(auditLog.itemId, itemId))
      if (inScope.includes(role)) {
        expect(entries.map((e) => e.action)).toEqual([name])
        expect(entries[0].actorId).toBe(users[role]!.id)
      } else {
        expect(entries).toHaveLength(0)
        expect((await itemRow(itemId)).status).toBe('open')
      }
    })
  }

  for (const intent of ['bulk-approve', 'bulk-dismiss'] as const) {
    it.each(roles)(`${intent} as %s`, async (role) => {
      const items = [await heldItem(), await heldItem()]
      const result = await bulkAction(users[role], intent, items.map((i) => i.itemId))
      expectOutcome(role, result, inScope)
      for (const { itemId } of items) {
        const entries = await db.select().from(auditLog).where(eq(auditLog.itemId, itemId))
        expect(entries, role).toHaveLength(inScope.includes(role) ? 1 : 0)
      }
    })
  }
})

describe('/mod/log (admins only)', () => {
  it.each(roles)('viewing the log as %s', async (role) => {
    const result = await call(logPage.loader as never, makeRequest('/mod/log', { user: users[role] }))
    expectOutcome(role, result, ['admin'])
  })

  it.each(roles)('undoing a removal as %s', async (role) => {
    const { itemId, postId } = await heldItem()
    expect((await queueAction(users.moderator, { intent: 'remove', itemId: String(itemId), preset: 'spam' })).status).toBe(200)
    const result = await call(
      logPage.action as never,
      makeRequest('/mod/log', { method: 'POST', form: { intent: 'undo-removal', postId: String(postId) }, user: users[role] }),
    )
    expectOutcome(role, result, ['admin'], 302)
  })
})

describe('/admin/moderators (admins only)', () => {
  it.each(roles)('viewing as %s', async (role) => {
    const result = await call(moderatorsPage.loader as never, makeRequest('/admin/moderators', { user: users[role] }))
    expectOutcome(role, result, ['admin'])
  })

  it.each(roles)('assigning bridges as %s', async (role) => {
    const result = await call(
      moderatorsPage.action as never,
      makeRequest('/admin/moderators', { method: 'POST', form: { intent: 'set-bridges', username: users.moderator!.username }, user: users[role] }),
    )
    expectOutcome(role, result, ['admin'], 302)
  })

  it.each(roles)('making a moderator as %s', async (role) => {
    const target = await createMember()
    const result = await call(
      moderatorsPage.action as never,
      makeRequest('/admin/moderators', { method: 'POST', form: { intent: 'set-role', username: target.username, role: 'moderator' }, user: users[role] }),
    )
    expectOutcome(role, result, ['admin'], 302)
  })
})

describe('reporting (any signed-in member who is not suspended or banned)', () => {
  it.each(roles)('reporting a post as %s', async (role) => {
    const { threadId } = await createTestThread({ author, replies: [{ author, body: 'Reportable' }] })
    const postId = (await viewThread(author, threadId)).data.posts[1].id
    const result = await report(users[role], { threadId, postId })
    expectOutcome(role, result, ['member', 'moderator', 'otherModerator', 'admin'])
  })
})
