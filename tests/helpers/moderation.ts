// Helpers for the moderation tests: held posts, reports and queue actions through the real routes.
import { and, eq } from 'drizzle-orm'
import { auditLog, moderationItems, posts, threads, users } from '../../db/schema/index.ts'
import { db } from '../../app/db.server.ts'
import { refreshBridgeStats, refreshThreadStats } from '../../app/forum/posts.server.ts'
import { enqueuePost, type QueueSource } from '../../app/moderation/pipeline.server.ts'
import * as threadPage from '../../app/routes/t.$threadId/route.tsx'
import * as queuePage from '../../app/routes/mod.queue/route.tsx'
import { call, makeRequest, type TestUser } from './forum.ts'

/** Puts a post in the queue as the pipeline would (status pending), with optional filter reasons. */
export async function holdPost({
  postId,
  sources = ['filter'],
  urgent = false,
  scanReasons = null,
}: {
  postId: number
  sources?: QueueSource[]
  urgent?: boolean
  scanReasons?: unknown[] | null
}) {
  const [post] = await db
    .select({ seq: posts.seq, threadId: posts.threadId, bridgeId: threads.bridgeId })
    .from(posts)
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .where(eq(posts.id, postId))
  return db.transaction(async (tx) => {
    await tx.update(posts).set({ status: 'pending', scanDecision: 'review', scanReasons }).where(eq(posts.id, postId))
    if (post.seq === 1) await tx.update(threads).set({ status: 'pending' }).where(eq(threads.id, post.threadId))
    await refreshThreadStats(tx, post.threadId)
    await refreshBridgeStats(tx, post.bridgeId)
    return enqueuePost(tx, { postId, bridgeId: post.bridgeId, sources, urgent })
  })
}

export function report(user: TestUser | null, { threadId, postId, reason = 'spam', note }: { threadId: number; postId: number; reason?: string; note?: string }) {
  const form: Record<string, string> = { intent: 'report', postId: String(postId), reason }
  if (note !== undefined) form.note = note
  return call(threadPage.action as never, makeRequest(`/t/${threadId}`, { method: 'POST', form, user }), { threadId: String(threadId) })
}

export function viewThread(user: TestUser | null, threadId: number) {
  return call(threadPage.loader as never, makeRequest(`/t/${threadId}`, { user }), { threadId: String(threadId) })
}

/** A queue action; `js` answers in place (like a fetcher), otherwise the action redirects. */
export function queueAction(user: TestUser | null, form: Record<string, string>, { js = true }: { js?: boolean } = {}) {
  return call(queuePage.action as never, makeRequest('/mod/queue', { method: 'POST', form: js ? { ...form, js: '1' } : form, user }))
}

export function bulkAction(user: TestUser | null, intent: 'bulk-approve' | 'bulk-dismiss', itemIds: number[]) {
  const body = new URLSearchParams([['intent', intent], ['js', '1'], ...itemIds.map((id) => ['itemId', String(id)])])
  const request = new Request('http://localhost/mod/queue', { method: 'POST', body, headers: user ? { Cookie: user.cookie } : {} })
  return call(queuePage.action as never, request)
}

export function viewQueue(user: TestUser | null, query = '') {
  return call(queuePage.loader as never, makeRequest(`/mod/queue${query}`, { user }))
}

export async function itemRow(itemId: number) {
  const [row] = await db.select().from(moderationItems).where(eq(moderationItems.id, itemId))
  return row
}

export async function openItemOf(postId: number) {
  const [row] = await db
    .select()
    .from(moderationItems)
    .where(and(eq(moderationItems.postId, postId), eq(moderationItems.status, 'open')))
  return row ?? null
}

export async function postRow(postId: number) {
  const [row] = await db.select().from(posts).where(eq(posts.id, postId))
  return row
}

export async function auditFor(itemIdOrPost: { itemId?: number; postId?: number }) {
  return db
    .select()
    .from(auditLog)
    .where(itemIdOrPost.itemId ? eq(auditLog.itemId, itemIdOrPost.itemId) : eq(auditLog.postId, itemIdOrPost.postId!))
    .orderBy(auditLog.id)
}

export async function sanctionUser(user: TestUser, { days, reason = 'Harassing other members' }: { days?: number; reason?: string }) {
  await db
    .update(users)
    .set(days === undefined ? { bannedAt: new Date(), sanctionReason: reason } : { suspendedUntil: new Date(Date.now() + days * 86_400_000), sanctionReason: reason })
    .where(eq(users.id, user.id))
}
