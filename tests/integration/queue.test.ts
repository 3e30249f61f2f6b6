import { beforeAll, describe, expect, it } from 'vitest'
import { and, eq } from 'drizzle-orm'
import { auditLog, moderationItems, postRevisions, reports, threads, users } from '../../db/schema/index.ts'
import { db } from '../../app/db.server.ts'
import { updateSetting } from '../../app/settings.server.ts'
import { countOpenQueueItems } from '../../app/moderation/queue-count.server.ts'
import { approveItems, removeItem } from '../../app/moderation/actions.server.ts'
import { writeAudit } from '../../app/moderation/audit.server.ts'
import { highlightSegments } from '../../app/moderation/queue.server.ts'
import * as logPage from '../../app/routes/mod.log.tsx'
import * as moderatorsPage from '../../app/routes/admin.moderators.tsx'
import * as threadPage from '../../app/routes/t.$threadId/route.tsx'
import * as editPage from '../../app/routes/posts.$postId.edit.tsx'
import * as newThread from '../../app/routes/new.tsx'
import { call, createMember, createTestThread, makeRequest, type TestUser } from '../helpers/forum.ts'
import {
  auditFor,
  bulkAction,
  holdPost,
  itemRow,
  openItemOf,
  postRow,
  queueAction,
  report,
  viewQueue,
  viewThread,
} from '../helpers/moderation.ts'

let author: TestUser
let others: TestUser[]
let moderator: TestUser
let moderator2: TestUser
let admin: TestUser

beforeAll(async () => {
  await updateSetting('newMemberReviewPosts', 0)
  author = await createMember()
  others = await Promise.all([createMember(), createMember(), createMember()])
  moderator = await createMember({ role: 'moderator' })
  moderator2 = await createMember({ role: 'moderator' })
  admin = await createMember({ role: 'admin' })
})

/** A thread with one reply by `author`, held in the queue (filter by default). */
async function heldReply({
  body = 'A reply waiting for review',
  sources,
  urgent,
  scanReasons,
  anonymous = false,
  bridgeSlug,
  by = author,
}: {
  body?: string
  sources?: ('filter' | 'report' | 'new_member' | 'guest')[]
  urgent?: boolean
  scanReasons?: unknown[]
  anonymous?: boolean
  bridgeSlug?: string
  by?: TestUser
} = {}) {
  const thread = await createTestThread({ author: others[2], bridgeSlug, replies: [{ author: by, body, anonymous }] })
  const page = await viewThread(by, thread.threadId)
  const postId = page.data.posts.find((p: { seq: number }) => p.seq === 2).id as number
  const itemId = await holdPost({ postId, sources, urgent, scanReasons })
  return { ...thread, postId, itemId }
}

/** A visible reply reported by `n` members (3 hides it). */
async function reportedReply(n: number, reasons: string[] = []) {
  const thread = await createTestThread({ author: others[2], replies: [{ author, body: 'Something people object to' }] })
  const page = await viewThread(author, thread.threadId)
  const postId = page.data.posts.find((p: { seq: number }) => p.seq === 2).id as number
  const reporters = await Promise.all(Array.from({ length: n }, () => createMember()))
  for (const [i, reporter] of reporters.entries()) {
    const note = reasons[i] === 'other' ? `note from reporter ${i}` : undefined
    expect((await report(reporter, { threadId: thread.threadId, postId, reason: reasons[i] ?? 'spam', note })).status).toBe(200)
  }
  const item = await openItemOf(postId)
  return { ...thread, postId, itemId: item!.id, reporters }
}

function findItem(data: { items: { id: number }[] }, itemId: number) {
  return data.items.find((i) => i.id === itemId) as any
}

describe('the queue list', () => {
  it('shows urgent items first, then the oldest', async () => {
    const a = await heldReply()
    const b = await heldReply({ urgent: true })
    const c = await heldReply()
    const queue = await viewQueue(moderator)
    expect(queue.status).toBe(200)
    const order = queue.data.items.map((i: { id: number }) => i.id).filter((id: number) => [a.itemId, b.itemId, c.itemId].includes(id))
    expect(order).toEqual([b.itemId, a.itemId, c.itemId])
    const urgentIndex = queue.data.items.findIndex((i: { urgent: boolean }) => !i.urgent)
    expect(queue.data.items.slice(urgentIndex).every((i: { urgent: boolean }) => !i.urgent)).toBe(true)
  })

  it('shows the post in context, the matches highlighted safely, and report counts and notes without names', async () => {
    const thread = await createTestThread({
      author: others[2],
      replies: [
        { author: others[0], body: 'First reply for context' },
        { author: others[1], body: 'Second reply for context' },
        { author, body: 'Call me <b>now</b> on 555 123 4567 or 555 123 4567' },
      ],
    })
    const page = await viewThread(author, thread.threadId)
    const postId = page.data.posts.find((p: { seq: number }) => p.seq === 4).id
    const itemId = await holdPost({
      postId,
      scanReasons: [{ rule: 'phone', category: 'personal_info', action: 'review', match: '555 123 4567' }, { rule: 'bad', category: 'x', action: 'review', match: '<b>' }],
    })
    const reporters = [await createMember(), await createMember()]
    // A held post cannot be reported, so add the reports as if they came before the filter held it.
    await db.insert(reports).values([
      { postId, reporterId: reporters[0].id, reason: 'personal_info', note: 'Shares a phone number' },
      { postId, reporterId: reporters[1].id, reason: 'personal_info' },
    ])
    const queue = await viewQueue(moderator)
    const item = findItem(queue.data, itemId)
    expect(item.thread.title).toBe('A thread for testing')
    expect(item.post.url).toBe(`/t/${thread.threadId}#post-4`)
    expect(item.context.map((c: { seq: number }) => c.seq)).toEqual([1, 2, 3])
    expect(item.context[1].bodyHtml).toContain('First reply for context')
    expect(item.post.bodyHtml).toContain('&lt;b&gt;now&lt;/b&gt;')
    expect(item.post.highlighted).toEqual([
      { text: 'Call me ', mark: false },
      { text: '<b>', mark: true },
      { text: 'now</b> on ', mark: false },
      { text: '555 123 4567', mark: true },
      { text: ' or ', mark: false },
      { text: '555 123 4567', mark: true },
    ])
    expect(item.reports.byReason).toEqual([{ reason: 'personal_info', label: 'Shares personal information', count: 2 }])
    expect(item.reports.notes).toEqual([{ reason: 'personal_info', note: 'Shares a phone number' }])
    const json = JSON.stringify(queue.data)
    for (const r of reporters) {
      expect(json).not.toContain(r.username)
      expect(json).not.toContain(r.id)
    }
    expect(item.author.label).toBe(author.username)
  })

  it('highlighting uses offsets only when they point at the match', () => {
    expect(highlightSegments('abc def', [{ match: 'def', start: 4, end: 7 }])).toEqual([
      { text: 'abc ', mark: false },
      { text: 'def', mark: true },
    ])
    // Offsets into "title\n\nbody" do not fit the body alone: the text is searched instead.
    expect(highlightSegments('abc def', [{ match: 'DEF', start: 20, end: 23 }])).toEqual([
      { text: 'abc ', mark: false },
      { text: 'def', mark: true },
    ])
    expect(highlightSegments('abc', [{ match: 42 }, null as never])).toEqual([{ text: 'abc', mark: false }])
  })

  it('an anonymous author is "anonymous author": no id or name reaches the browser, but the history counts', async () => {
    const earlier = await heldReply({ anonymous: false })
    expect((await queueAction(moderator, { intent: 'remove', itemId: String(earlier.itemId), preset: 'spam' })).status).toBe(200)
    const anon = await heldReply({ anonymous: true, body: 'Anonymous held reply' })
    const queue = await viewQueue(moderator)
    const item = findItem(queue.data, anon.itemId)
    expect(item.author.label).toBe('anonymous author')
    expect(item.author.moderatedBefore).toBeGreaterThanOrEqual(1)
    const json = JSON.stringify(item)
    expect(json).not.toContain(author.username)
    expect(json).not.toContain(author.id)
    expect(JSON.stringify(queue.data)).not.toContain(author.id)
    // A named author's history is shown too.
    const named = await heldReply()
    expect(findItem((await viewQueue(moderator)).data, named.itemId).author).toMatchObject({ label: author.username, isAccount: true })
  })

  it('the open count in the moderators’ navigation follows the queue', async () => {
    const before = await countOpenQueueItems({ id: moderator.id, role: 'moderator' } as never)
    const { itemId } = await heldReply()
    expect(await countOpenQueueItems({ id: moderator.id, role: 'moderator' } as never)).toBe(before + 1)
    await queueAction(moderator, { intent: 'approve', itemId: String(itemId) })
    expect(await countOpenQueueItems({ id: moderator.id, role: 'moderator' } as never)).toBe(before)
  })

  it('a bad page is a 404', async () => {
    expect((await viewQueue(moderator, '?page=abc')).status).toBe(404)
    expect((await viewQueue(moderator, '?page=0')).status).toBe(404)
  })
})

describe('queue actions', () => {
  it('approve: the held post becomes visible, counters follow, the item is resolved and logged', async () => {
    const { itemId, postId, threadId } = await heldReply()
    expect((await viewThread(others[0], threadId)).data.posts).toHaveLength(1)
    const result = await queueAction(moderator, { intent: 'approve', itemId: String(itemId) })
    expect(result.status).toBe(200)
    expect(result.data).toMatchObject({ ok: true, code: 'approved' })
    expect((await postRow(postId)).status).toBe('visible')
    const [thread] = await db.select({ replyCount: threads.replyCount }).from(threads).where(eq(threads.id, threadId))
    expect(thread.replyCount).toBe(1)
    expect(await itemRow(itemId)).toMatchObject({ status: 'resolved', resolution: 'approved', resolvedById: moderator.id })
    const [entry] = await auditFor({ itemId })
    expect(entry).toMatchObject({ actorId: moderator.id, action: 'approve', itemId, postId })
    expect(entry.createdAt).toBeInstanceOf(Date)
  })

  it('approving a held opening post makes the thread visible', async () => {
    const { threadId, postId, bridgeId } = await createTestThread({ author, bridgeSlug: 'bridge-3', title: 'Held opening post' })
    const itemId = await holdPost({ postId })
    expect((await viewThread(others[0], threadId)).status).toBe(404)
    await queueAction(moderator, { intent: 'approve', itemId: String(itemId) })
    expect((await viewThread(others[0], threadId)).status).toBe(200)
    expect(bridgeId).toBeGreaterThan(0)
  })

  it('remove with a reason: the author sees it, others see "[removed]", and the log has the reason', async () => {
    const { itemId, postId, threadId } = await heldReply({ body: 'Text that breaks the rules' })
    const result = await queueAction(moderator, { intent: 'remove', itemId: String(itemId), preset: 'personal_info', note: 'Please keep phone numbers out of posts' })
    expect(result.status).toBe(200)
    const row = await postRow(postId)
    expect(row.status).toBe('removed')
    expect(row.removalReason).toBe('It shares someone’s personal information: Please keep phone numbers out of posts')
    expect(row.bodySource).toBe('Text that breaks the rules') // kept, never destroyed
    const own = (await viewThread(author, threadId)).data.posts.find((p: { id: number }) => p.id === postId)
    expect(own).toMatchObject({ state: 'removed', removalReason: row.removalReason })
    const other = (await viewThread(others[0], threadId)).data.posts.find((p: { id: number }) => p.id === postId)
    expect(other).toEqual({ id: postId, seq: 2, createdAt: expect.any(String), state: 'removed' })
    const [entry] = await auditFor({ itemId })
    expect(entry).toMatchObject({ actorId: moderator.id, action: 'remove', reason: row.removalReason, targetUserId: author.id })
  })

  it('remove needs a reason: free text alone works for "other"', async () => {
    const { itemId, postId } = await heldReply()
    const none = await queueAction(moderator, { intent: 'remove', itemId: String(itemId) })
    expect(none.status).toBe(400)
    expect(none.data.errors.preset).toMatch(/Choose a reason/)
    const emptyOther = await queueAction(moderator, { intent: 'remove', itemId: String(itemId), preset: 'other', note: '  ' })
    expect(emptyOther.status).toBe(400)
    expect(emptyOther.data.errors.note).toBeTruthy()
    expect((await itemRow(itemId)).status).toBe('open')
    const ok = await queueAction(moderator, { intent: 'remove', itemId: String(itemId), preset: 'other', note: 'Off-topic advertising' })
    expect(ok.status).toBe(200)
    expect((await postRow(postId)).removalReason).toBe('Off-topic advertising')
  })

  it('dismiss reports: a post hidden by reports is shown again and the reports are closed', async () => {
    const { itemId, postId } = await reportedReply(3)
    expect((await postRow(postId)).status).toBe('hidden')
    const result = await queueAction(moderator, { intent: 'dismiss', itemId: String(itemId) })
    expect(result.status).toBe(200)
    expect((await postRow(postId)).status).toBe('visible')
    expect(await itemRow(itemId)).toMatchObject({ status: 'resolved', resolution: 'dismissed' })
    const open = await db.select().from(reports).where(and(eq(reports.postId, postId)))
    expect(open.every((r) => r.resolvedAt)).toBe(true)
    expect((await auditFor({ itemId }))[0]).toMatchObject({ action: 'dismiss', actorId: moderator.id })
  })

  it('dismissing the reports of a post also held by the filter keeps it held for review', async () => {
    const { itemId, postId } = await reportedReply(1)
    await holdPost({ postId, sources: ['filter'] })
    const result = await queueAction(moderator, { intent: 'dismiss', itemId: String(itemId) })
    expect(result.status).toBe(200)
    expect(await itemRow(itemId)).toMatchObject({ status: 'open', sources: ['filter'] })
    expect((await postRow(postId)).status).toBe('pending')
    // Nothing left to dismiss.
    expect((await queueAction(moderator, { intent: 'dismiss', itemId: String(itemId) })).status).toBe(400)
  })

  it('lock the thread: no more replies; locking twice is a 409', async () => {
    const { itemId, threadId } = await heldReply()
    const result = await queueAction(moderator, { intent: 'lock', itemId: String(itemId) })
    expect(result.status).toBe(200)
    const [thread] = await db.select({ isLocked: threads.isLocked }).from(threads).where(eq(threads.id, threadId))
    expect(thread.isLocked).toBe(true)
    expect((await itemRow(itemId)).status).toBe('open')
    expect((await auditFor({ itemId }))[0]).toMatchObject({ action: 'lock', actorId: moderator.id })
    expect((await queueAction(moderator, { intent: 'lock', itemId: String(itemId) })).status).toBe(409)
    const reply = await call(
      threadPage.action as never,
      makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'reply', body: 'Still here?' }, user: others[0] }),
      { threadId: String(threadId) },
    )
    expect(reply.status).toBe(403)
  })

  it('suspend the author for 7 days: they read but cannot post, report or edit, and are told why and until when', async () => {
    const target = await createMember()
    const { itemId, threadId, postId } = await heldReply({ by: target, anonymous: true })
    const result = await queueAction(moderator, { intent: 'suspend', itemId: String(itemId), days: '7', preset: 'harassment', note: 'Repeated insults' })
    expect(result.status).toBe(200)
    const [row] = await db.select().from(users).where(eq(users.id, target.id))
    const days = (row.suspendedUntil!.getTime() - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(6.9)
    expect(days).toBeLessThan(7.1)
    expect(row.sanctionReason).toBe('Harassment or a personal attack: Repeated insults')
    const [entry] = await auditFor({ itemId })
    expect(entry).toMatchObject({ action: 'suspend', targetUserId: target.id, reason: row.sanctionReason, details: { days: 7 } })
    // The moderator was not told who it is.
    expect(JSON.stringify(result.data)).not.toContain(target.username)

    expect((await viewThread(target, threadId)).status).toBe(200)
    const reply = await call(
      threadPage.action as never,
      makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'reply', body: 'Let me post' }, user: target }),
      { threadId: String(threadId) },
    )
    expect(reply.status).toBe(403)
    expect(reply.data.errors.form).toMatch(/You are suspended until .+ and cannot post\. Reason: Harassment or a personal attack: Repeated insults/)
    const newResult = await call(
      newThread.action as never,
      makeRequest('/new', { method: 'POST', form: { bridge: 'intimacy', title: 'Trying again', body: 'Body' }, user: target }),
    )
    expect(newResult.status).toBe(403)
    expect(newResult.data.errors.form).toMatch(/suspended until .+ Reason:/)
    const edit = await call(
      editPage.action as never,
      makeRequest(`/posts/${postId}/edit`, { method: 'POST', form: { body: 'edited' }, user: target }),
      { postId: String(postId) },
    )
    expect(edit.status).toBe(403)
    expect(edit.data.errors.form).toMatch(/suspended until .+ cannot edit posts\. Reason:/)
    const rep = await report(target, { threadId, postId: (await viewThread(target, threadId)).data.posts[0].id })
    expect(rep.status).toBe(403)
    // The same suspension twice is refused, not applied twice; a longer one is allowed.
    expect((await queueAction(moderator, { intent: 'suspend', itemId: String(itemId), days: '7', preset: 'harassment' })).status).toBe(409)
    expect((await queueAction(moderator, { intent: 'suspend', itemId: String(itemId), days: '30', preset: 'harassment' })).status).toBe(200)
  })

  it('ban the author: they cannot post and are told why; banning twice is a 409; only 1, 7 or 30 days', async () => {
    const target = await createMember()
    const { itemId } = await heldReply({ by: target })
    const badDays = await queueAction(moderator, { intent: 'suspend', itemId: String(itemId), days: '3', preset: 'spam' })
    expect(badDays.status).toBe(400)
    const result = await queueAction(moderator, { intent: 'ban', itemId: String(itemId), preset: 'spam' })
    expect(result.status).toBe(200)
    const [row] = await db.select().from(users).where(eq(users.id, target.id))
    expect(row.bannedAt).toBeInstanceOf(Date)
    expect((await auditFor({ itemId }))[0]).toMatchObject({ action: 'ban', targetUserId: target.id, reason: 'Spam or advertising' })
    expect((await queueAction(moderator, { intent: 'ban', itemId: String(itemId), preset: 'spam' })).status).toBe(409)
    const { threadId } = await createTestThread({ author: others[0] })
    const reply = await call(
      threadPage.action as never,
      makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'reply', body: 'Hello' }, user: target }),
      { threadId: String(threadId) },
    )
    expect(reply.status).toBe(403)
    expect(reply.data.errors.form).toMatch(/You are banned and cannot post\. Reason: Spam or advertising/)
  })

  it('a moderator cannot sanction a moderator; an admin can', async () => {
    const staff = await createMember({ role: 'moderator' })
    const { itemId } = await heldReply({ by: staff })
    expect((await queueAction(moderator, { intent: 'suspend', itemId: String(itemId), days: '1', preset: 'spam' })).status).toBe(403)
    expect((await queueAction(admin, { intent: 'suspend', itemId: String(itemId), days: '1', preset: 'spam' })).status).toBe(200)
    const own = await heldReply({ by: moderator })
    expect((await queueAction(moderator, { intent: 'ban', itemId: String(own.itemId), preset: 'spam' })).status).toBe(400)
  })

  it('on an anonymous post a refused sanction does not say why: a staff author and an author sanctioned already get the same answer', async () => {
    const staff = await createMember({ role: 'moderator' })
    const onStaff = await heldReply({ by: staff, anonymous: true })
    const member = await createMember()
    const first = await heldReply({ by: member, anonymous: true })
    const second = await heldReply({ by: member, anonymous: true })
    expect((await queueAction(moderator, { intent: 'suspend', itemId: String(first.itemId), days: '7', preset: 'spam' })).status).toBe(200)

    const refusedStaff = await queueAction(moderator, { intent: 'suspend', itemId: String(onStaff.itemId), days: '7', preset: 'spam' })
    const refusedAgain = await queueAction(moderator, { intent: 'suspend', itemId: String(second.itemId), days: '7', preset: 'spam' })
    expect(refusedStaff.status).toBe(409)
    expect(refusedAgain.status).toBe(refusedStaff.status)
    expect(JSON.stringify(refusedAgain.data)).toBe(JSON.stringify(refusedStaff.data).replace(String(onStaff.itemId), String(second.itemId)))
    expect(JSON.stringify(refusedStaff.data)).not.toMatch(/admin can suspend|already/i)
    // Nothing was applied, and both posts are still waiting in the queue.
    const [row] = await db.select({ suspendedUntil: users.suspendedUntil, bannedAt: users.bannedAt }).from(users).where(eq(users.id, staff.id))
    expect(row).toEqual({ suspendedUntil: null, bannedAt: null })
    expect((await itemRow(onStaff.itemId)).status).toBe('open')
    expect((await itemRow(second.itemId)).status).toBe('open')
    // On a post under the author's name the moderator already knows who it is, and is told why.
    const named = await heldReply({ by: staff })
    const refusedNamed = await queueAction(moderator, { intent: 'suspend', itemId: String(named.itemId), days: '7', preset: 'spam' })
    expect(refusedNamed.status).toBe(403)
    expect(JSON.stringify(refusedNamed.data)).toContain('Only an admin can suspend or ban this author.')
  })

  it('a moderator edits a held post before approving it; the original is kept as a moderator edit', async () => {
    const { itemId, postId, threadId } = await heldReply({ body: 'Text me on 555 123 4567 any time' })
    const queue = await viewQueue(moderator)
    expect(findItem(queue.data, itemId).post.bodySource).toBe('Text me on 555 123 4567 any time')
    const result = await queueAction(moderator, { intent: 'edit', itemId: String(itemId), body: 'Text me any time' })
    expect(result.status).toBe(200)
    const row = await postRow(postId)
    expect(row.bodySource).toBe('Text me any time')
    expect(row.bodyHtml).toBe('<p>Text me any time</p>\n')
    expect(row.status).toBe('pending')
    const [revision] = await db.select().from(postRevisions).where(eq(postRevisions.postId, postId))
    expect(revision).toMatchObject({ bodySource: 'Text me on 555 123 4567 any time', editedById: moderator.id, isModeratorEdit: true })
    expect((await auditFor({ itemId }))[0]).toMatchObject({ action: 'edit', details: { revisionId: revision.id } })
    expect((await queueAction(moderator, { intent: 'edit', itemId: String(itemId), body: '' })).status).toBe(400)
    await queueAction(moderator, { intent: 'approve', itemId: String(itemId) })
    const shown = (await viewThread(others[0], threadId)).data.posts.find((p: { id: number }) => p.id === postId)
    expect(shown.bodyHtml).toBe('<p>Text me any time</p>\n')
    // A visible post is not edited from the queue.
    const visible = await reportedReply(1)
    expect((await queueAction(moderator, { intent: 'edit', itemId: String(visible.itemId), body: 'changed' })).status).toBe(400)
  })

  it('an admin undoes a removal from the log; a moderator cannot', async () => {
    const { itemId, postId, threadId } = await heldReply()
    await queueAction(moderator, { intent: 'remove', itemId: String(itemId), preset: 'spam' })
    const undo = (user: TestUser) =>
      call(logPage.action as never, makeRequest('/mod/log', { method: 'POST', form: { intent: 'undo-removal', postId: String(postId) }, user }))
    expect((await undo(moderator)).status).toBe(403)
    const result = await undo(admin)
    expect(result.status).toBe(302)
    expect(result.location).toBe('/mod/log?undone=1')
    expect(await postRow(postId)).toMatchObject({ status: 'visible', removalReason: null })
    expect((await viewThread(others[0], threadId)).data.posts.find((p: { id: number }) => p.id === postId).state).toBe('visible')
    const entries = await auditFor({ postId })
    expect(entries.map((e) => e.action)).toEqual(['remove', 'undo_removal'])
    expect(entries[1].actorId).toBe(admin.id)
    expect((await undo(admin)).status).toBe(409)
    const bad = await call(logPage.action as never, makeRequest('/mod/log', { method: 'POST', form: { intent: 'undo-removal', postId: 'x' }, user: admin }))
    expect(bad.status).toBe(400)
    const missing = await call(logPage.action as never, makeRequest('/mod/log', { method: 'POST', form: { intent: 'undo-removal', postId: '99999' }, user: admin }))
    expect(missing.status).toBe(404)
  })

  it('without JavaScript an action redirects back to the queue with a notice', async () => {
    const { itemId } = await heldReply()
    const result = await queueAction(moderator, { intent: 'approve', itemId: String(itemId) }, { js: false })
    expect(result.status).toBe(302)
    expect(result.location).toBe('/mod/queue?done=approved')
    const page = await viewQueue(moderator, '?done=approved')
    expect(page.data.notice).toMatch(/Approved/)
    // Text in the address is never shown: only known codes.
    expect((await viewQueue(moderator, '?done=<script>')).data.notice).toBeNull()
  })

  it('bad input is a 4xx, never a 500', async () => {
    const forms: Record<string, string>[] = [
      { intent: 'approve' },
      { intent: 'approve', itemId: 'abc' },
      { intent: 'approve', itemId: '99999999999999' },
      { intent: 'fly', itemId: '1' },
      { intent: 'edit', itemId: '1' },
    ]
    for (const form of forms) {
      const result = await queueAction(moderator, form)
      expect(result.status, JSON.stringify(form)).toBe(400)
    }
    expect((await queueAction(moderator, { intent: 'approve', itemId: '987654' })).status).toBe(404)
    expect((await bulkAction(moderator, 'bulk-approve', [])).status).toBe(400)
  })
})

describe('bulk actions', () => {
  it('bulk approve resolves every selected item and logs each; already resolved ones are counted', async () => {
    const items = await Promise.all([heldReply(), heldReply(), heldReply()])
    await queueAction(moderator2, { intent: 'approve', itemId: String(items[0].itemId) })
    const result = await bulkAction(moderator, 'bulk-approve', items.map((i) => i.itemId))
    expect(result.status).toBe(200)
    expect(result.data).toMatchObject({ ok: true, code: 'bulk_approved', done: 2, skipped: 1 })
    for (const i of items) expect((await postRow(i.postId)).status).toBe('visible')
    const entries = await db.select().from(auditLog).where(eq(auditLog.action, 'approve'))
    for (const i of items.slice(1)) {
      expect(entries.filter((e) => e.itemId === i.itemId)).toEqual([expect.objectContaining({ actorId: moderator.id, details: { bulk: true } })])
    }
    expect(entries.filter((e) => e.itemId === items[0].itemId)).toEqual([expect.objectContaining({ actorId: moderator2.id })])
  })

  it('bulk dismiss closes the reports of every selected item', async () => {
    const a = await reportedReply(3)
    const b = await reportedReply(1)
    const result = await bulkAction(moderator, 'bulk-dismiss', [a.itemId, b.itemId])
    expect(result.data).toMatchObject({ ok: true, code: 'bulk_dismissed', done: 2, skipped: 0 })
    expect((await postRow(a.postId)).status).toBe('visible')
    expect((await itemRow(a.itemId)).status).toBe('resolved')
    expect((await itemRow(b.itemId)).status).toBe('resolved')
    expect((await auditFor({ itemId: a.itemId }))[0]).toMatchObject({ action: 'dismiss', details: { bulk: true } })
  })

  it('when every selected item is already resolved, the moderator is told so', async () => {
    const a = await heldReply()
    await queueAction(moderator, { intent: 'approve', itemId: String(a.itemId) })
    const result = await bulkAction(moderator, 'bulk-approve', [a.itemId])
    expect(result.status).toBe(409)
    expect(result.data.message).toMatch(/already resolved/)
  })
})

describe('two moderators at once', () => {
  it('two approvals of one item at the same moment: exactly one succeeds, one audit entry', async () => {
    const { itemId } = await heldReply()
    const results = await Promise.all([
      queueAction(moderator, { intent: 'approve', itemId: String(itemId) }),
      queueAction(moderator2, { intent: 'approve', itemId: String(itemId) }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    expect(results.find((r) => r.status === 409)!.data.message).toMatch(/already resolved by another moderator/)
    expect(await auditFor({ itemId })).toHaveLength(1)
  })

  it('approve against remove at the same moment: one wins, the other changes nothing', async () => {
    for (let round = 0; round < 3; round++) {
      const { itemId, postId } = await heldReply()
      const actor = (u: TestUser) => ({ id: u.id, role: u.role })
      const [approved, removed] = await Promise.all([
        approveItems({ actor: actor(moderator), itemIds: [itemId] }),
        removeItem({ actor: actor(moderator2), itemId, reason: 'Spam' }),
      ])
      expect([approved.ok, removed.ok].filter(Boolean)).toHaveLength(1)
      const row = await postRow(postId)
      expect(row.status).toBe(approved.ok ? 'visible' : 'removed')
      const entries = await auditFor({ itemId })
      expect(entries).toHaveLength(1)
      expect(entries[0].action).toBe(approved.ok ? 'approve' : 'remove')
    }
  })

  it('a bulk approval and a single removal racing on one item: it is resolved once', async () => {
    const a = await heldReply()
    const b = await heldReply()
    const [bulk, single] = await Promise.all([
      bulkAction(moderator, 'bulk-approve', [a.itemId, b.itemId]),
      queueAction(moderator2, { intent: 'remove', itemId: String(a.itemId), preset: 'spam' }),
    ])
    expect(bulk.status).toBe(200)
    const entriesA = await auditFor({ itemId: a.itemId })
    expect(entriesA).toHaveLength(1)
    expect(single.status === 200).toBe(entriesA[0].action === 'remove')
    expect((await auditFor({ itemId: b.itemId }))).toHaveLength(1)
  })

  it('a suspension racing an approval of one item: the suspension is refused once the item is resolved', async () => {
    const target = await createMember()
    const { itemId } = await heldReply({ by: target })
    await queueAction(moderator, { intent: 'approve', itemId: String(itemId) })
    const late = await queueAction(moderator2, { intent: 'suspend', itemId: String(itemId), days: '1', preset: 'spam' })
    expect(late.status).toBe(409)
    const [row] = await db.select().from(users).where(eq(users.id, target.id))
    expect(row.suspendedUntil).toBeNull()
  })
})

describe('bridge-scoped moderators', () => {
  it('an admin limits a moderator to some bridges; they see and act only on those items', async () => {
    const scoped = await createMember({ role: 'moderator' })
    const assign = await call(
      moderatorsPage.action as never,
      new Request('http://localhost/admin/moderators', {
        method: 'POST',
        headers: { Cookie: admin.cookie },
        body: new URLSearchParams([
          ['intent', 'set-bridges'],
          ['username', scoped.username],
          ['bridgeId', String((await createTestThread({ author, bridgeSlug: 'bridge-7' })).bridgeId)],
        ]),
      }),
    )
    expect(assign.status).toBe(302)
    const inScope = await heldReply({ bridgeSlug: 'bridge-7' })
    const outOfScope = await heldReply({ bridgeSlug: 'bridge-1' })
    const queue = await viewQueue(scoped)
    const ids = queue.data.items.map((i: { id: number }) => i.id)
    expect(ids).toContain(inScope.itemId)
    expect(ids).not.toContain(outOfScope.itemId)
    expect(queue.data.scoped).toBe(true)
    const count = await countOpenQueueItems({ id: scoped.id, role: 'moderator' } as never)
    const open = await db.select().from(moderationItems).where(and(eq(moderationItems.status, 'open'), eq(moderationItems.bridgeId, inScope.bridgeId)))
    expect(count).toBe(open.length)
    expect(queue.data.total).toBe(open.length)
    const forms: Record<string, string>[] = [
      { intent: 'approve' },
      { intent: 'remove', preset: 'spam' },
      { intent: 'dismiss' },
      { intent: 'lock' },
      { intent: 'suspend', days: '1', preset: 'spam' },
      { intent: 'ban', preset: 'spam' },
      { intent: 'edit', body: 'changed' },
    ]
    for (const form of forms) {
      const result = await queueAction(scoped, { ...form, itemId: String(outOfScope.itemId) })
      expect(result.status, form.intent).toBe(403)
    }
    expect((await bulkAction(scoped, 'bulk-approve', [inScope.itemId, outOfScope.itemId])).status).toBe(403)
    expect((await itemRow(outOfScope.itemId)).status).toBe('open')
    expect((await itemRow(inScope.itemId)).status).toBe('open')
    expect((await queueAction(scoped, { intent: 'approve', itemId: String(inScope.itemId) })).status).toBe(200)
    // Given all bridges again (nothing ticked), they see everything.
    await call(
      moderatorsPage.action as never,
      makeRequest('/admin/moderators', { method: 'POST', form: { intent: 'set-bridges', username: scoped.username }, user: admin }),
    )
    expect((await viewQueue(scoped)).data.items.map((i: { id: number }) => i.id)).toContain(outOfScope.itemId)
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.action, 'assign_bridges'), eq(auditLog.targetUserId, scoped.id)))
    expect(entries).toHaveLength(2)
  })

  it('admins make members moderators and back; bad input is a 4xx', async () => {
    const member = await createMember()
    const post = (form: Record<string, string>) => call(moderatorsPage.action as never, makeRequest('/admin/moderators', { method: 'POST', form, user: admin }))
    expect((await post({ intent: 'set-role', username: member.username, role: 'moderator' })).status).toBe(302)
    expect((await viewQueue({ ...member })).status).toBe(200)
    expect((await post({ intent: 'set-role', username: member.username, role: 'moderator' })).status).toBe(409)
    expect((await post({ intent: 'set-role', username: member.username, role: 'admin' })).status).toBe(400)
    expect((await post({ intent: 'set-role', username: 'nobody_here', role: 'moderator' })).status).toBe(404)
    expect((await post({ intent: 'set-role', username: admin.username, role: 'member' })).status).toBe(400)
    expect((await post({ intent: 'set-bridges', username: member.username, bridgeId: '999' })).status).toBe(400)
    expect((await post({ intent: 'set-bridges', username: others[0].username })).status).toBe(404)
    expect((await post({ intent: 'nope' })).status).toBe(400)
    expect((await post({ intent: 'set-role', username: member.username, role: 'member' })).status).toBe(302)
    expect((await viewQueue(member)).status).toBe(403)
  })
})

describe('the moderation log', () => {
  it('admins filter it by moderator, action and date, and page through it', async () => {
    const { itemId } = await heldReply()
    await queueAction(moderator2, { intent: 'remove', itemId: String(itemId), preset: 'hate' })
    const view = (query: string) => call(logPage.loader as never, makeRequest(`/mod/log${query}`, { user: admin }))
    const byModerator = await view(`?moderator=${moderator2.username}&action=remove`)
    expect(byModerator.status).toBe(200)
    expect(byModerator.data.entries.length).toBeGreaterThan(0)
    expect(byModerator.data.entries.every((e: { actorName: string; action: string }) => e.actorName === moderator2.username && e.action === 'remove')).toBe(true)
    const entry = byModerator.data.entries.find((e: { itemId: number }) => e.itemId === itemId)
    expect(entry).toMatchObject({ reason: 'Hateful content', targetLabel: author.username })
    const today = new Date().toISOString().slice(0, 10)
    expect((await view(`?from=${today}&to=${today}`)).data.entries.length).toBeGreaterThan(0)
    expect((await view('?to=2000-01-01')).data.entries).toHaveLength(0)
    expect((await view('?from=yesterday')).status).toBe(400)
    expect((await view('?moderator=nobody_here')).status).toBe(400)
    expect((await view('?before=abc')).status).toBe(400)

    // Pagination: 120 more entries, pages of 50 that neither skip nor repeat.
    await db.transaction(async (tx) => {
      await writeAudit(tx, Array.from({ length: 120 }, (_, i) => ({ actorId: admin.id, action: 'approve', reason: `bulk ${i}` })))
    })
    const seen: number[] = []
    let query = `?moderator=${admin.username}&action=approve`
    for (;;) {
      const page = await view(query)
      seen.push(...page.data.entries.map((e: { id: number }) => e.id))
      if (!page.data.next) break
      query = page.data.next
    }
    expect(seen.length).toBeGreaterThanOrEqual(120)
    expect(new Set(seen).size).toBe(seen.length)
    expect([...seen].sort((a, b) => b - a)).toEqual(seen)
  })

  it('the log never names the author of an anonymous post', async () => {
    const { itemId } = await heldReply({ anonymous: true })
    await queueAction(moderator, { intent: 'remove', itemId: String(itemId), preset: 'spam' })
    const page = await call(logPage.loader as never, makeRequest('/mod/log?action=remove', { user: admin }))
    const entry = page.data.entries.find((e: { itemId: number }) => e.itemId === itemId)
    expect(entry.targetLabel).toBe('anonymous author')
    expect(JSON.stringify(page.data.entries.filter((e: { itemId: number }) => e.itemId === itemId))).not.toContain(author.username)
  })
})
