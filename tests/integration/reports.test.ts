import { beforeAll, describe, expect, it } from 'vitest'
import { and, eq } from 'drizzle-orm'
import { bridges, reports, threads } from '../../db/schema/index.ts'
import { db } from '../../app/db.server.ts'
import { updateSetting } from '../../app/settings.server.ts'
import { REPORT_THANKS } from '../../app/moderation/reports.server.ts'
import * as threadPage from '../../app/routes/t.$threadId/route.tsx'
import { call, createMember, createTestThread, makeRequest, type TestUser } from '../helpers/forum.ts'
import { openItemOf, postRow, report, sanctionUser, viewThread } from '../helpers/moderation.ts'

let author: TestUser
let reporters: TestUser[]
let moderator: TestUser

beforeAll(async () => {
  await updateSetting('newMemberReviewPosts', 0)
  author = await createMember()
  reporters = await Promise.all([createMember(), createMember(), createMember(), createMember()])
  moderator = await createMember({ role: 'moderator' })
})

async function replyThread() {
  const thread = await createTestThread({ author: reporters[3], replies: [{ author, body: 'A reply that someone will flag' }] })
  const page = await viewThread(author, thread.threadId)
  const reply = page.data.posts.find((p: { seq: number }) => p.seq === 2)
  return { ...thread, replyId: reply.id as number }
}

describe('reporting a post', () => {
  it('a member reports a post: thanked, the post is queued, and nobody learns who reported', async () => {
    const { threadId, replyId } = await replyThread()
    const result = await report(reporters[0], { threadId, postId: replyId, reason: 'harassment', note: 'Mocking a member' })
    expect(result.status).toBe(200)
    expect(result.data.report).toEqual({ postId: replyId, ok: true, message: REPORT_THANKS, errors: undefined })
    const item = await openItemOf(replyId)
    expect(item?.sources).toEqual(['report'])
    expect(item?.urgent).toBe(false)
    // Below the threshold the post stays visible, and the author's page says nothing about reports.
    const authorPage = await viewThread(author, threadId)
    const json = JSON.stringify(authorPage.data)
    expect(json).not.toContain(reporters[0].username)
    expect(json).not.toContain(reporters[0].id)
    expect(json).not.toMatch(/report/i)
    expect((await postRow(replyId)).status).toBe('visible')
  })

  it('the report form is offered to signed-in members on other people’s posts only', async () => {
    const { threadId } = await replyThread()
    // The page itself tells the client whether the viewer may report (signed in, not sanctioned).
    const guest = await viewThread(null, threadId)
    expect(guest.data.viewer).toBeNull()
    const member = await viewThread(reporters[0], threadId)
    expect(member.data.viewer.sanction).toBeNull()
  })

  it('reporting one’s own post is refused with 400 and stores nothing', async () => {
    const { threadId, replyId } = await replyThread()
    const result = await report(author, { threadId, postId: replyId })
    expect(result.status).toBe(400)
    expect(result.data.report.message).toMatch(/your own post/)
    expect(await db.select().from(reports).where(eq(reports.postId, replyId))).toHaveLength(0)
    expect(await openItemOf(replyId)).toBeNull()
  })

  it('a member reports a post once: the second time is a clear 409, not a 500', async () => {
    const { threadId, replyId } = await replyThread()
    expect((await report(reporters[0], { threadId, postId: replyId })).status).toBe(200)
    const again = await report(reporters[0], { threadId, postId: replyId, reason: 'hate' })
    expect(again.status).toBe(409)
    expect(again.data.report.message).toMatch(/already reported/)
    expect(await db.select().from(reports).where(eq(reports.postId, replyId))).toHaveLength(1)
  })

  it('two reports by the same member at the same moment store one', async () => {
    const { threadId, replyId } = await replyThread()
    const results = await Promise.all([report(reporters[1], { threadId, postId: replyId }), report(reporters[1], { threadId, postId: replyId })])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    expect(await db.select().from(reports).where(eq(reports.postId, replyId))).toHaveLength(1)
  })

  it('at three distinct reporters (the default) the post is hidden until a moderator decides', async () => {
    const { threadId, replyId } = await replyThread()
    for (const [i, reporter] of reporters.slice(0, 2).entries()) {
      expect((await report(reporter, { threadId, postId: replyId, reason: i ? 'spam' : 'hate' })).status).toBe(200)
      expect((await postRow(replyId)).status).toBe('visible')
    }
    const third = await report(reporters[2], { threadId, postId: replyId, reason: 'spam' })
    // The reporter is thanked exactly as before: nothing tells them the post is now hidden.
    expect(third.data.report.message).toBe(REPORT_THANKS)
    expect((await postRow(replyId)).status).toBe('hidden')
    const [thread] = await db.select({ replyCount: threads.replyCount }).from(threads).where(eq(threads.id, threadId))
    expect(thread.replyCount).toBe(0)
    // Others no longer see it; its author sees it marked hidden; moderators see it.
    const other = await viewThread(reporters[3], threadId)
    expect(other.data.posts.map((p: { id: number }) => p.id)).not.toContain(replyId)
    const own = await viewThread(author, threadId)
    expect(own.data.posts.find((p: { id: number }) => p.id === replyId).state).toBe('hidden')
    const mod = await viewThread(moderator, threadId)
    expect(mod.data.posts.find((p: { id: number }) => p.id === replyId).state).toBe('hidden')
    // A hidden post cannot be reported any more.
    expect((await report(reporters[3], { threadId, postId: replyId })).status).toBe(404)
  })

  it('the threshold is a setting, and a reported opening post hides its thread', async () => {
    await updateSetting('reportHideThreshold', 2)
    try {
      const { threadId, postId, bridgeId } = await createTestThread({ author, bridgeSlug: 'bridge-2', title: 'An opening post to report' })
      const [before] = await db.select({ n: bridges.threadCount }).from(bridges).where(eq(bridges.id, bridgeId))
      await report(reporters[0], { threadId, postId })
      expect((await postRow(postId)).status).toBe('visible')
      await report(reporters[1], { threadId, postId })
      expect((await postRow(postId)).status).toBe('hidden')
      const [thread] = await db.select({ status: threads.status }).from(threads).where(eq(threads.id, threadId))
      expect(thread.status).toBe('hidden')
      const [after] = await db.select({ n: bridges.threadCount }).from(bridges).where(eq(bridges.id, bridgeId))
      expect(after.n).toBe(before.n - 1)
      expect((await viewThread(reporters[2], threadId)).status).toBe(404)
      expect((await viewThread(author, threadId)).status).toBe(200)
    } finally {
      await updateSetting('reportHideThreshold', 3)
    }
  })

  it('a self-harm or underage report makes the item urgent', async () => {
    for (const reason of ['self_harm', 'underage']) {
      const { threadId, replyId } = await replyThread()
      await report(reporters[0], { threadId, postId: replyId, reason: 'spam' })
      expect((await openItemOf(replyId))?.urgent).toBe(false)
      await report(reporters[1], { threadId, postId: replyId, reason })
      const item = await openItemOf(replyId)
      expect(item?.urgent).toBe(true)
      expect(item?.sources).toEqual(['report'])
    }
  })

  it('bad input is a 4xx with a message per field, never a 500', async () => {
    const { threadId, replyId } = await replyThread()
    const other = await report(reporters[0], { threadId, postId: replyId, reason: 'other' })
    expect(other.status).toBe(400)
    expect(other.data.report.errors.note).toMatch(/what is wrong/)
    const noReason = await report(reporters[0], { threadId, postId: replyId, reason: 'boring' })
    expect(noReason.status).toBe(400)
    expect(noReason.data.report.errors.reason).toMatch(/Choose a reason/)
    const badPost = await report(reporters[0], { threadId, postId: Number.NaN })
    expect(badPost.status).toBe(400)
    const hugePost = await call(
      threadPage.action as never,
      makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'report', postId: '99999999999999999999', reason: 'spam' }, user: reporters[0] }),
      { threadId: String(threadId) },
    )
    expect(hugePost.status).toBe(400)
    // A post of another thread, or one that does not exist.
    const elsewhere = await replyThread()
    expect((await report(reporters[0], { threadId, postId: elsewhere.replyId })).status).toBe(404)
    expect((await report(reporters[0], { threadId, postId: 987654 })).status).toBe(404)
    const longNote = await report(reporters[0], { threadId, postId: replyId, reason: 'other', note: 'x'.repeat(1001) })
    expect(longNote.status).toBe(400)
    // "Other" with a note is fine.
    expect((await report(reporters[0], { threadId, postId: replyId, reason: 'other', note: 'Looks like an ad' })).status).toBe(200)
    const [stored] = await db.select().from(reports).where(and(eq(reports.postId, replyId), eq(reports.reporterId, reporters[0].id)))
    expect(stored.note).toBe('Looks like an ad')
  })

  it('a guest is sent to log in', async () => {
    const { threadId, replyId } = await replyThread()
    const result = await report(null, { threadId, postId: replyId })
    expect(result.status).toBe(302)
    expect(result.location).toMatch(/^\/login\?redirectTo=/)
  })

  it('suspended and banned members cannot report, and are told why and until when', async () => {
    const { threadId, replyId } = await replyThread()
    const suspended = await createMember()
    await sanctionUser(suspended, { days: 7, reason: 'Spamming links' })
    const result = await report(suspended, { threadId, postId: replyId })
    expect(result.status).toBe(403)
    expect(result.data.report.message).toMatch(/You are suspended until .+ and cannot report posts\. Reason: Spamming links/)
    const banned = await createMember()
    await sanctionUser(banned, { reason: 'Threats' })
    const bannedResult = await report(banned, { threadId, postId: replyId })
    expect(bannedResult.status).toBe(403)
    expect(bannedResult.data.report.message).toMatch(/You are banned and cannot report posts\. Reason: Threats/)
    expect(await db.select().from(reports).where(eq(reports.postId, replyId))).toHaveLength(0)
    // They can still read, and the page tells them why they cannot post.
    const page = await viewThread(suspended, threadId)
    expect(page.status).toBe(200)
    expect(page.data.viewer.sanction).toMatchObject({ kind: 'suspended', reason: 'Spamming links' })
  })
})
