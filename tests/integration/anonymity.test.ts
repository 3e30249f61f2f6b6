// Anonymous posting: pseudonyms, the OP mark, profiles, guest posting, the operator's switches and
// the admin-only reveal. The page-by-page leak test is in anonymity-leak.test.ts.
import { beforeAll, describe, expect, it } from 'vitest'
import { and, eq } from 'drizzle-orm'
import { auditLog, bridges, moderationItems, posts, rateLimits, threadPseudonyms, threads } from '../../db/schema/index.ts'
import { db } from '../../app/db.server.ts'
import { getSecret, getSettings, updateSetting } from '../../app/settings.server.ts'
import { pseudonymFor } from '../../app/forum/pseudonyms.server.ts'
import { createReply } from '../../app/forum/posts.server.ts'
import { GUEST_POST_LIMIT } from '../../app/forum/guests.server.ts'
import * as threadPage from '../../app/routes/t.$threadId/route.tsx'
import * as newThread from '../../app/routes/new.tsx'
import * as editPost from '../../app/routes/posts.$postId.edit.tsx'
import * as profilePage from '../../app/routes/u.$username.tsx'
import * as bridgePage from '../../app/routes/b.$bridgeSlug.tsx'
import * as reveal from '../../app/routes/mod.posts.$postId.reveal.tsx'
import * as adminSettings from '../../app/routes/admin.settings.tsx'
import { call, createMember, createTestThread, makeRequest, type TestUser } from '../helpers/forum.ts'

let alice: TestUser
let bob: TestUser
let carol: TestUser
let moderator: TestUser
let admin: TestUser

type ShownPost = { id: number; seq: number; authorName?: string; isOp?: boolean; isOwn?: boolean; state: string; bodyHtml?: string }

async function threadPosts(threadId: number, { user, cookie }: { user?: TestUser; cookie?: string } = {}) {
  const request = makeRequest(`/t/${threadId}`, { user, headers: cookie ? { Cookie: cookie } : {} })
  const result = await call(threadPage.loader as never, request, { threadId: String(threadId) })
  expect(result.status).toBe(200)
  return result.data.posts as ShownPost[]
}

/** A published reply (the keyword scanner has tests of its own and is not the subject here). */
async function reply(user: TestUser, threadId: number, body: string, anonymous = true) {
  const [thread] = await db.select({ bridgeId: threads.bridgeId }).from(threads).where(eq(threads.id, threadId))
  const result = await createReply({
    author: { kind: 'member', id: user.id, role: user.role },
    threadId,
    bridgeId: thread.bridgeId,
    body,
    anonymous,
    trusted: true,
  })
  expect(result.ok).toBe(true)
  return result
}

/** A guest request: their cookie (if any) and a client address of their own for the rate limit. */
async function guestReply(threadId: number, body: string, { cookie, address }: { cookie?: string; address: string }) {
  const request = makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'reply', body }, headers: cookie ? { Cookie: cookie } : {} })
  return call(threadPage.action as never, request, { threadId: String(threadId) }, { clientAddress: address })
}

const cookieOf = (result: { headers: Headers }) => result.headers.get('Set-Cookie')?.split(';')[0] ?? null

beforeAll(async () => {
  // Member posts are published at once here; new-member review has tests of its own.
  await updateSetting('newMemberReviewPosts', 0)
  alice = await createMember()
  bob = await createMember()
  carol = await createMember()
  moderator = await createMember({ role: 'moderator' })
  admin = await createMember({ role: 'admin' })
})

describe('pseudonyms', () => {
  it('are the same for one member everywhere inside one thread', async () => {
    const { threadId } = await createTestThread({ author: alice, anonymous: true, title: 'Same name inside a thread' })
    await reply(bob, threadId, 'A named reply in between.', false)
    await reply(alice, threadId, 'Me again, still anonymous.')
    await reply(alice, threadId, 'And once more.')
    const shown = await threadPosts(threadId, { user: carol })
    const mine = [shown[0], shown[2], shown[3]].map((p) => p.authorName)
    expect(mine[0]).toMatch(/^Anonymous [A-Z][a-z]+ [A-Z][a-z]+/)
    expect(new Set(mine).size).toBe(1)
    expect(shown[1].authorName).toBe(bob.username)
  })

  it('a member ticks "Post anonymously" on a reply form: the reply is shown under a pseudonym', async () => {
    const { threadId } = await createTestThread({ author: bob, title: 'Checkbox on the reply form' })
    const form = { intent: 'reply', body: 'Thank you for sharing this with us.', anonymous: 'on' }
    const result = await call(threadPage.action as never, makeRequest(`/t/${threadId}`, { method: 'POST', form, user: alice }), {
      threadId: String(threadId),
    })
    expect(result.status).toBe(302)
    const [row] = await db.select().from(posts).where(and(eq(posts.threadId, threadId), eq(posts.seq, 2)))
    expect(row.isAnonymous).toBe(true)
    expect(row.authorId).toBe(alice.id)
    expect(row.pseudonym).toMatch(/^Anonymous /)
  })

  it('are unrelated across threads', async () => {
    const names: string[] = []
    for (let i = 0; i < 6; i++) {
      const { threadId } = await createTestThread({ author: alice, anonymous: true, title: `Thread number ${i} of many` })
      names.push((await threadPosts(threadId, { user: bob }))[0].authorName!)
    }
    // 4,096 names: two accidental matches among six threads would be a one-in-100,000 event.
    expect(new Set(names).size).toBeGreaterThanOrEqual(5)
  })

  it('survive a restart: derived from the secret kept in the database, not from memory', async () => {
    const { threadId } = await createTestThread({ author: alice, anonymous: true, title: 'Pseudonym after restart' })
    const before = (await threadPosts(threadId))[0].authorName
    const [stored] = await db.select().from(threadPseudonyms).where(eq(threadPseudonyms.threadId, threadId))
    expect(stored.pseudonym).toBe(before)
    // The secret was generated on first use and kept with the data, never in the repository.
    const secret = await getSecret('pseudonym')
    expect(secret.length).toBeGreaterThanOrEqual(32)
    // Recomputing from the stored secret (as a restarted server would) finds the same pseudonym.
    await db.delete(threadPseudonyms).where(eq(threadPseudonyms.threadId, threadId))
    const again = await pseudonymFor(db, { secret, threadId, identity: { userId: alice.id } })
    expect(again).toBe(before)
  })

  it('never collide inside one thread, even with many anonymous authors', async () => {
    const { threadId } = await createTestThread({ author: alice, anonymous: true, title: 'Many anonymous voices' })
    const secret = await getSecret('pseudonym')
    // 600 authors over 4,096 names: dozens of hash collisions that must each move to a free name.
    const names = new Set<string>()
    for (let i = 0; i < 600; i++) {
      names.add(await pseudonymFor(db, { secret, threadId, identity: { guestId: `guest-${i}` } }))
    }
    expect(names.size).toBe(600)
    // And through the real write path, with members.
    const members = [bob, carol, moderator, admin]
    for (const member of members) await reply(member, threadId, `Anonymous reply by one more member.`)
    const shown = await threadPosts(threadId, { user: bob })
    const replyNames = shown.slice(1).map((p) => p.authorName)
    expect(new Set([shown[0].authorName, ...replyNames]).size).toBe(members.length + 1)
  })

  it('a forced collision moves the second author to the next free name', async () => {
    const { threadId } = await createTestThread({ author: bob, title: 'Forced collision' })
    const secret = await getSecret('pseudonym')
    // Learn which name carol's hash picks (in a transaction that is rolled back), then give that
    // name to someone else first.
    let wanted = ''
    await db
      .transaction(async (tx) => {
        wanted = await pseudonymFor(tx, { secret, threadId, identity: { userId: carol.id } })
        tx.rollback()
      })
      .catch(() => {})
    expect(wanted).toMatch(/^Anonymous /)
    await db.insert(threadPseudonyms).values({ threadId, authorKey: 'someone-else', pseudonym: wanted })
    const carolName = await pseudonymFor(db, { secret, threadId, identity: { userId: carol.id } })
    expect(carolName).not.toBe(wanted)
    expect(carolName).toMatch(/^Anonymous /)
    // Stable afterwards.
    expect(await pseudonymFor(db, { secret, threadId, identity: { userId: carol.id } })).toBe(carolName)
  })
})

describe('the OP mark', () => {
  it('marks the anonymous author of the thread, and nobody else', async () => {
    const { threadId } = await createTestThread({ author: alice, anonymous: true, title: 'Who is the OP here?' })
    await reply(alice, threadId, 'OP follow-up, anonymous.')
    await reply(bob, threadId, 'Someone else, anonymous.')
    await reply(alice, threadId, 'OP, but under my own name this time.', false)
    const shown = await threadPosts(threadId, { user: carol })
    expect(shown.map((p) => Boolean(p.isOp))).toEqual([true, true, false, false])
    // A named post by the anonymous OP is not marked: that would tie the name to the pseudonym.
    expect(shown[3].authorName).toBe(alice.username)
  })

  it('a named OP posting anonymously in their own thread is not marked', async () => {
    const { threadId } = await createTestThread({ author: bob, title: 'A named thread' })
    await reply(bob, threadId, 'Anonymous reply by the named OP.')
    await reply(bob, threadId, 'Named reply by the OP.', false)
    const shown = await threadPosts(threadId, { user: carol })
    expect(shown.map((p) => Boolean(p.isOp))).toEqual([true, false, true])
  })

  it('isOwn is true only for the viewer’s own posts', async () => {
    const { threadId } = await createTestThread({ author: alice, anonymous: true, title: 'Whose post is it?' })
    await reply(bob, threadId, 'Bob, anonymously.')
    expect((await threadPosts(threadId, { user: alice })).map((p) => Boolean(p.isOwn))).toEqual([true, false])
    expect((await threadPosts(threadId, { user: bob })).map((p) => Boolean(p.isOwn))).toEqual([false, true])
    expect((await threadPosts(threadId, { user: carol })).map((p) => Boolean(p.isOwn))).toEqual([false, false])
    expect((await threadPosts(threadId)).map((p) => Boolean(p.isOwn))).toEqual([false, false])
  })
})

describe('editing and deleting one’s own anonymous posts', () => {
  it('the author edits and deletes; anyone else is refused without learning whose post it is', async () => {
    const { threadId } = await createTestThread({ author: alice, anonymous: true, title: 'Editable anonymous thread' })
    await reply(alice, threadId, 'An anonymous reply to edit later.')
    const [, replyPost] = await threadPosts(threadId, { user: alice })
    const editUrl = `/posts/${replyPost.id}/edit`
    const params = { postId: String(replyPost.id) }
    const edit = await call(editPost.action as never, makeRequest(editUrl, { method: 'POST', form: { body: 'Edited text with a new thought.' }, user: alice }), params)
    expect(edit.status).toBe(302)
    const afterEdit = await threadPosts(threadId, { user: carol })
    expect(afterEdit[1].bodyHtml).toContain('Edited text with a new thought.')
    expect(afterEdit[1].authorName).toMatch(/^Anonymous /)

    // Someone else gets the same 404 as for a post that does not exist.
    const notYours = await call(editPost.loader as never, makeRequest(editUrl, { user: bob }), params)
    const noSuch = await call(editPost.loader as never, makeRequest('/posts/99999999/edit', { user: bob }), { postId: '99999999' })
    expect(notYours.status).toBe(404)
    expect(notYours.data).toBe(noSuch.data)
    const deleteByBob = await call(
      threadPage.action as never,
      makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'delete', postId: String(replyPost.id) }, user: bob }),
      { threadId: String(threadId) },
    )
    expect(deleteByBob.status).toBe(403)

    const deleted = await call(
      threadPage.action as never,
      makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'delete', postId: String(replyPost.id) }, user: alice }),
      { threadId: String(threadId) },
    )
    expect(deleted.status).toBe(302)
    expect((await threadPosts(threadId, { user: carol }))[1].state).toBe('deleted')
  })
})

describe('profiles', () => {
  it('list only named threads and replies; counts and "last posted" ignore anonymous posts', async () => {
    const dave = await createMember()
    const named = await createTestThread({ author: dave, title: 'Dave under his own name' })
    await db.update(posts).set({ createdAt: new Date('2024-02-03T10:00:00Z') }).where(eq(posts.id, named.postId))
    const anonThread = await createTestThread({ author: dave, anonymous: true, title: 'Dave anonymously — secret title' })
    await reply(dave, named.threadId, 'Anonymous reply in my own named thread.')
    await reply(dave, anonThread.threadId, 'Anonymous reply in my anonymous thread.')
    const other = await createTestThread({ author: bob, title: 'Bob thread for Dave to answer' })
    await reply(dave, other.threadId, 'Dave answering Bob by name.', false)
    const [namedReply] = await db.select({ id: posts.id }).from(posts).where(and(eq(posts.threadId, other.threadId), eq(posts.seq, 2)))
    await db.update(posts).set({ createdAt: new Date('2024-02-04T10:00:00Z') }).where(eq(posts.id, namedReply.id))

    const result = await call(profilePage.loader as never, makeRequest(`/u/${dave.username}`, { user: bob }), { username: dave.username })
    expect(result.status).toBe(200)
    const profile = result.data.profile
    expect(profile.threadCount).toBe(1)
    expect(profile.replyCount).toBe(1)
    expect(new Date(profile.lastActiveAt).toISOString()).toBe('2024-02-04T10:00:00.000Z')
    expect(profile.recent.map((r: { threadId: number }) => r.threadId).sort()).toEqual([named.threadId, other.threadId].sort())
    expect(JSON.stringify(result.data)).not.toContain('secret title')
  })
})

describe('admin reveal', () => {
  let postId: number
  let threadId: number
  beforeAll(async () => {
    const created = await createTestThread({ author: carol, anonymous: true, title: 'A post that will be revealed' })
    postId = created.postId
    threadId = created.threadId
  })
  const path = () => `/mod/posts/${postId}/reveal`
  const params = () => ({ postId: String(postId) })
  const form = { reason: 'Credible threat against another member, reported to the police.' }

  it('guests are sent to log in; members and moderators who are not admins get 403', async () => {
    const asGuest = await call(reveal.loader as never, makeRequest(path()), params())
    expect(asGuest.status).toBe(302)
    expect(asGuest.location).toMatch(/^\/login\?/)
    for (const user of [bob, moderator]) {
      expect((await call(reveal.loader as never, makeRequest(path(), { user }), params())).status).toBe(403)
      const post = await call(reveal.action as never, makeRequest(path(), { method: 'POST', form, user }), params())
      expect(post.status).toBe(403)
      expect(JSON.stringify(post.data)).not.toContain(carol.username)
    }
    const rows = await db.select().from(auditLog).where(and(eq(auditLog.postId, postId), eq(auditLog.action, 'reveal_author')))
    expect(rows).toHaveLength(0)
  })

  it('the form shows the post under its pseudonym only, and needs a written reason', async () => {
    const page = await call(reveal.loader as never, makeRequest(path(), { user: admin }), params())
    expect(page.status).toBe(200)
    expect(page.data.post.pseudonym).toMatch(/^Anonymous /)
    expect(JSON.stringify(page.data)).not.toContain(carol.username)
    expect(JSON.stringify(page.data)).not.toContain(carol.id)
    for (const reason of ['', '   ', 'because']) {
      const refused = await call(reveal.action as never, makeRequest(path(), { method: 'POST', form: { reason }, user: admin }), params())
      expect(refused.status).toBe(400)
      expect(refused.data.errors.reason).toMatch(/why/i)
      expect(refused.data.revealed).toBeNull()
    }
    expect(await db.select().from(auditLog).where(eq(auditLog.postId, postId))).toHaveLength(0)
  })

  it('an admin with a reason learns the author, and the reveal is logged: who, when, which post, why', async () => {
    const before = new Date()
    const result = await call(reveal.action as never, makeRequest(path(), { method: 'POST', form, user: admin }), params())
    expect(result.status).toBe(200)
    expect(result.data.revealed).toEqual({ kind: 'member', username: carol.username, role: 'member' })
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.postId, postId), eq(auditLog.action, 'reveal_author')))
    expect(entry.actorId).toBe(admin.id)
    expect(entry.reason).toBe(form.reason)
    expect(entry.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000)
    expect(entry.details).toMatchObject({ threadId })
  })

  it('bad addresses and named posts are 404s, not 500s', async () => {
    for (const id of ['abc', '0', '99999999']) {
      expect((await call(reveal.loader as never, makeRequest(`/mod/posts/${id}/reveal`, { user: admin }), { postId: id })).status).toBe(404)
    }
    const named = await createTestThread({ author: bob, title: 'Named post, nothing to reveal' })
    const id = String(named.postId)
    expect((await call(reveal.loader as never, makeRequest(`/mod/posts/${id}/reveal`, { user: admin }), { postId: id })).status).toBe(404)
    const post = await call(reveal.action as never, makeRequest(`/mod/posts/${id}/reveal`, { method: 'POST', form, user: admin }), { postId: id })
    expect(post.status).toBe(404)
  })
})

describe('guest posting', () => {
  let threadId: number
  beforeAll(async () => {
    threadId = (await createTestThread({ author: alice, title: 'A thread guests may answer' })).threadId
  })

  it('is off by default: guests are sent to log in and are offered no form', async () => {
    expect((await getSettings()).guestPosting).toBe(false)
    const page = await call(threadPage.loader as never, makeRequest(`/t/${threadId}`), { threadId: String(threadId) })
    expect(page.data.guestPosting).toBe(false)
    const posted = await guestReply(threadId, 'Trying to post as a guest.', { address: '198.51.100.1' })
    expect(posted.status).toBe(302)
    expect(posted.location).toMatch(/^\/login\?/)
    const newPage = await call(newThread.loader as never, makeRequest('/new'))
    expect(newPage.status).toBe(302)
    const newPost = await call(
      newThread.action as never,
      makeRequest('/new', { method: 'POST', form: { bridge: 'intimacy', title: 'A guest thread', body: 'Guest words.' } }),
    )
    expect(newPost.status).toBe(302)
    expect(newPost.location).toMatch(/^\/login\?/)
    expect(await db.select().from(posts).where(eq(posts.bodySource, 'Trying to post as a guest.'))).toHaveLength(0)
  })

  describe('when the operator turns it on', () => {
    beforeAll(async () => {
      await updateSetting('guestPosting', true)
    })

    it('a guest reply is anonymous, held for review and queued; only the guest (by cookie) and moderators see it', async () => {
      const page = await call(threadPage.loader as never, makeRequest(`/t/${threadId}`), { threadId: String(threadId) })
      expect(page.data.guestPosting).toBe(true)
      const posted = await guestReply(threadId, 'A question from a guest.', { address: '198.51.100.2' })
      expect(posted.status).toBe(302)
      expect(posted.location).toMatch(/notice=held/)
      const cookie = cookieOf(posted)!
      expect(cookie).toMatch(/^bf_guest=/)
      expect(posted.headers.get('Set-Cookie')).toMatch(/HttpOnly/i)
      expect(posted.headers.get('Set-Cookie')).toMatch(/SameSite=Lax/i)

      const [row] = await db.select().from(posts).where(eq(posts.bodySource, 'A question from a guest.'))
      expect(row).toMatchObject({ status: 'pending', isAnonymous: true, authorId: null })
      expect(row.guestKeyHash).toBeTruthy()
      // The cookie's id is never stored: only a keyed hash of it.
      const guestId = decodeURIComponent(cookie.split('=')[1])
      expect(JSON.stringify(row)).not.toContain(guestId.slice(0, 20))
      const [item] = await db.select().from(moderationItems).where(eq(moderationItems.postId, row.id))
      expect(item.sources).toContain('guest')

      expect((await threadPosts(threadId, { user: bob })).map((p) => p.id)).not.toContain(row.id)
      expect((await threadPosts(threadId)).map((p) => p.id)).not.toContain(row.id)
      const ownView = (await threadPosts(threadId, { cookie })).find((p) => p.id === row.id)
      expect(ownView).toMatchObject({ state: 'pending', authorName: row.pseudonym })
      expect(ownView?.isOwn).toBeFalsy()
      expect((await threadPosts(threadId, { user: moderator })).map((p) => p.id)).toContain(row.id)
    })

    it('the signed cookie keeps one pseudonym per thread; another guest gets another; a forged cookie is a new guest', async () => {
      const first = await guestReply(threadId, 'Guest one, first reply.', { address: '198.51.100.3' })
      const cookie = cookieOf(first)!
      const second = await guestReply(threadId, 'Guest one, second reply.', { cookie, address: '198.51.100.3' })
      expect(second.status).toBe(302)
      expect(second.headers.get('Set-Cookie')).toBeNull()
      const other = await guestReply(threadId, 'Guest two.', { address: '198.51.100.4' })
      const forged = await guestReply(threadId, 'Guest with a forged cookie.', { cookie: `${cookie.slice(0, -3)}abc`, address: '198.51.100.5' })
      expect(forged.status).toBe(302)
      expect(cookieOf(forged)).not.toBe(cookie)
      const rows = await db.select({ body: posts.bodySource, pseudonym: posts.pseudonym }).from(posts).where(eq(posts.threadId, threadId))
      const by = (body: string) => rows.find((r) => r.body === body)!.pseudonym
      expect(by('Guest one, second reply.')).toBe(by('Guest one, first reply.'))
      expect(by('Guest two.')).not.toBe(by('Guest one, first reply.'))
      expect(by('Guest with a forged cookie.')).not.toBe(by('Guest one, first reply.'))
      void other
    })

    it('a guest may start a thread: held, anonymous, visible to that guest with the OP mark', async () => {
      const form = { bridge: 'intimacy', title: 'A guest thread about trust', body: 'Guest opening words.' }
      const posted = await call(newThread.action as never, makeRequest('/new', { method: 'POST', form }), {}, { clientAddress: '198.51.100.6' })
      expect(posted.status).toBe(302)
      const cookie = cookieOf(posted)!
      const newId = Number(/\/t\/(\d+)/.exec(posted.location!)![1])
      const [thread] = await db.select().from(threads).where(eq(threads.id, newId))
      expect(thread.status).toBe('pending')
      expect((await call(threadPage.loader as never, makeRequest(`/t/${newId}`, { user: bob }), { threadId: String(newId) })).status).toBe(404)
      expect((await call(threadPage.loader as never, makeRequest(`/t/${newId}`), { threadId: String(newId) })).status).toBe(404)
      const own = await threadPosts(newId, { cookie })
      expect(own[0]).toMatchObject({ state: 'pending', isOp: true })
      const bridgeList = await call(bridgePage.loader as never, makeRequest('/b/intimacy'), { bridgeSlug: 'intimacy' })
      expect(JSON.stringify(bridgeList.data)).not.toContain('A guest thread about trust')
    })

    it('guests are rate-limited by a keyed hash of their address, with a clear 429 and their text kept', async () => {
      const address = '203.0.113.77'
      for (let i = 0; i < GUEST_POST_LIMIT; i++) {
        expect((await guestReply(threadId, `Rate limited guest post ${i}.`, { address })).status).toBe(302)
      }
      const limited = await guestReply(threadId, 'One post too many.', { address })
      expect(limited.status).toBe(429)
      expect(limited.data.errors.form).toMatch(/wait/i)
      expect(limited.data.values.body).toBe('One post too many.')
      expect(limited.headers.get('Retry-After')).toMatch(/^\d+$/)
      // Another address is not affected.
      expect((await guestReply(threadId, 'Another connection.', { address: '203.0.113.78' })).status).toBe(302)
      // No raw address at rest.
      const rows = await db.select().from(rateLimits)
      expect(rows.length).toBeGreaterThan(0)
      expect(JSON.stringify(rows)).not.toContain('203.0.113')
      const limitedThread = await call(
        newThread.action as never,
        makeRequest('/new', { method: 'POST', form: { bridge: 'intimacy', title: 'Too many guest threads', body: 'Keep me.' } }),
        {},
        { clientAddress: address },
      )
      expect(limitedThread.status).toBe(429)
      expect(limitedThread.data.values.body).toBe('Keep me.')
    })

    it('bad guest input is a 400 with the text kept; guests cannot delete', async () => {
      const empty = await guestReply(threadId, '   ', { address: '198.51.100.9' })
      expect(empty.status).toBe(400)
      expect(empty.data.errors.body).toBeTruthy()
      const del = await call(
        threadPage.action as never,
        makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'delete', postId: '1' } }),
        { threadId: String(threadId) },
      )
      expect(del.status).toBe(302)
      expect(del.location).toMatch(/^\/login\?/)
    })

    it('guests cannot post where anonymity is off for the bridge', async () => {
      const closed = await createTestThread({ author: alice, bridgeSlug: 'bridge-2', title: 'A bridge without anonymity' })
      await db.update(bridges).set({ allowAnonymous: false }).where(eq(bridges.slug, 'bridge-2'))
      try {
        const page = await call(threadPage.loader as never, makeRequest(`/t/${closed.threadId}`), { threadId: String(closed.threadId) })
        expect(page.data.guestPosting).toBe(false)
        const posted = await guestReply(closed.threadId, 'Guest in a closed bridge.', { address: '198.51.100.10' })
        expect(posted.status).toBe(403)
        expect(posted.data.values.body).toBe('Guest in a closed bridge.')
        const newPage = await call(newThread.loader as never, makeRequest('/new'))
        expect(newPage.data.bridges.map((b: { slug: string }) => b.slug)).not.toContain('bridge-2')
      } finally {
        await db.update(bridges).set({ allowAnonymous: true }).where(eq(bridges.slug, 'bridge-2'))
      }
    })
  })
})

describe('operator settings', () => {
  it('only admins see and change them', async () => {
    expect((await call(adminSettings.loader as never, makeRequest('/admin/settings'))).status).toBe(302)
    expect((await call(adminSettings.loader as never, makeRequest('/admin/settings', { user: bob }))).status).toBe(403)
    expect((await call(adminSettings.loader as never, makeRequest('/admin/settings', { user: moderator }))).status).toBe(403)
    const post = await call(adminSettings.action as never, makeRequest('/admin/settings', { method: 'POST', form: { intent: 'save' }, user: moderator }))
    expect(post.status).toBe(403)
    const page = await call(adminSettings.loader as never, makeRequest('/admin/settings', { user: admin }))
    expect(page.status).toBe(200)
    expect(page.data.settings.bridges).toHaveLength(7)
    expect(page.data.settings.bridges.every((b: { allowAnonymous: boolean }) => b.allowAnonymous)).toBe(true)
  })

  it('an admin turns anonymous posting off for one bridge and guest posting off; each change is audit-logged', async () => {
    await updateSetting('guestPosting', true)
    const page = await call(adminSettings.loader as never, makeRequest('/admin/settings', { user: admin }))
    const keep = page.data.settings.bridges.map((b: { slug: string }) => b.slug).filter((s: string) => s !== 'bridge-3')
    const body = new URLSearchParams([['intent', 'save'], ...keep.map((s: string) => ['anonymousBridge', s])])
    const request = new Request('http://localhost/admin/settings', { method: 'POST', body, headers: { Cookie: admin.cookie } })
    const saved = await call(adminSettings.action as never, request)
    expect(saved.status).toBe(200)
    expect(saved.data.changes).toHaveLength(2)
    expect((await getSettings()).guestPosting).toBe(false)
    const [bridge3] = await db.select().from(bridges).where(eq(bridges.slug, 'bridge-3'))
    expect(bridge3.allowAnonymous).toBe(false)
    const entries = await db.select().from(auditLog).where(eq(auditLog.actorId, admin.id))
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['setting_guest_posting', 'setting_bridge_anonymous']))

    // Anonymous posting in that bridge is now refused with a clear message, text kept.
    const { threadId } = await createTestThread({ author: alice, bridgeSlug: 'bridge-3', title: 'Named-only bridge' })
    const refused = await call(
      threadPage.action as never,
      makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'reply', body: 'Keep my words.', anonymous: 'on' }, user: bob }),
      { threadId: String(threadId) },
    )
    expect(refused.status).toBe(400)
    expect(refused.data.errors.anonymous).toMatch(/turned off/)
    expect(refused.data.values.body).toBe('Keep my words.')
    const refusedThread = await call(
      newThread.action as never,
      makeRequest('/new', { method: 'POST', form: { bridge: 'bridge-3', title: 'Anonymous here?', body: 'Keep these words.', anonymous: 'on' }, user: bob }),
    )
    expect(refusedThread.status).toBe(400)
    expect(refusedThread.data.values.body).toBe('Keep these words.')

    // Saving the same again changes nothing and logs nothing.
    const count = (await db.select().from(auditLog)).length
    const again = await call(adminSettings.action as never, new Request('http://localhost/admin/settings', { method: 'POST', body, headers: { Cookie: admin.cookie } }))
    expect(again.data.changes).toEqual([])
    expect((await db.select().from(auditLog)).length).toBe(count)

    // Restore.
    const all = new URLSearchParams([['intent', 'save'], ...page.data.settings.bridges.map((b: { slug: string }) => ['anonymousBridge', b.slug])])
    await call(adminSettings.action as never, new Request('http://localhost/admin/settings', { method: 'POST', body: all, headers: { Cookie: admin.cookie } }))
  })

  it('an unknown bridge or action is a 400', async () => {
    const unknown = await call(
      adminSettings.action as never,
      makeRequest('/admin/settings', { method: 'POST', form: { intent: 'save', anonymousBridge: 'no-such-bridge' }, user: admin }),
    )
    expect(unknown.status).toBe(400)
    expect(unknown.data.error).toMatch(/no-such-bridge/)
    const bad = await call(adminSettings.action as never, makeRequest('/admin/settings', { method: 'POST', form: { intent: 'drop' }, user: admin }))
    expect(bad.status).toBe(400)
  })
})

