// What moderators do to queue items. Every action is one transaction that
//   1. claims the item with a conditional update (status 'open' → 'resolved'), or locks it while it
//      is still open for actions that leave it open; zero rows means another moderator got there
//      first, and nothing else is done;
//   2. applies the change (post status, counters recounted in the same transaction);
//   3. writes the audit log entry.
// Nothing here deletes anything: removed posts, earlier versions and reports all stay.
import { and, eq, inArray, isNull, or, lt, sql } from 'drizzle-orm'
import { z } from 'zod'
import { moderationItems, postRevisions, posts, reports, threads, users } from '../../db/schema/index.ts'
import { db, type Transaction } from '../db.server.ts'
import { canModerateBridge, isAdmin, moderatedBridgeIds } from '../auth/permissions.server.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { refreshBridgeStats, refreshThreadStats } from '../forum/posts.server.ts'
import { renderMarkdown } from '../forum/markdown.server.ts'
import { PostBodySchema } from '../forum/schemas.ts'
import { writeAudit } from './audit.server.ts'
import { REMOVAL_REASONS, SUSPENSION_DAYS, type RemovalPreset } from './reasons.ts'

type Actor = Pick<SessionUser, 'id' | 'role'>
type Status = 'visible' | 'pending' | 'hidden' | 'removed'

export type ActionResult =
  | { ok: true; code: string; message: string; done?: number; skipped?: number }
  | { ok: false; status: 400 | 403 | 404 | 409; message: string }

export const ALREADY_RESOLVED: ActionResult = {
  ok: false,
  status: 409,
  message: 'This item was already resolved by another moderator. Nothing was changed.',
}

const fail = (status: 400 | 403 | 404 | 409, message: string): ActionResult => ({ ok: false, status, message })

// ---------------------------------------------------------------------------------------------
// Form schemas (the route parses with these; the functions trust their arguments)

const reasonPresets = Object.keys(REMOVAL_REASONS) as [RemovalPreset, ...RemovalPreset[]]

/** A ready-made reason plus optional free text, or free text alone ("other"). */
const ReasonFields = {
  preset: z.enum([...reasonPresets, 'other'], { errorMap: () => ({ message: 'Choose a reason.' }) }),
  note: z.string().trim().max(500, 'The reason can be at most 500 characters.').optional().default(''),
}
function reasonText({ preset, note }: { preset: RemovalPreset | 'other'; note: string }) {
  if (preset === 'other') return note
  return note ? `${REMOVAL_REASONS[preset]}: ${note}` : REMOVAL_REASONS[preset]
}
const needsNote = (r: { preset: string; note: string }) => r.preset !== 'other' || r.note.length > 0
const noteMessage = { path: ['note'], message: 'Write the reason in a few words.' }

const ItemId = z.coerce.number({ invalid_type_error: 'Which item?' }).int().positive('Which item?').max(2_000_000_000, 'Which item?')

export const ItemActionSchema = z.object({ itemId: ItemId })

export const RemoveSchema = z
  .object({ itemId: ItemId, ...ReasonFields })
  .refine(needsNote, noteMessage)
  .transform((r) => ({ itemId: r.itemId, reason: reasonText(r) }))

export const SanctionSchema = z
  .object({
    itemId: ItemId,
    days: z.coerce
      .number()
      .refine((d) => (SUSPENSION_DAYS as readonly number[]).includes(d), 'Choose 1, 7 or 30 days.')
      .optional(),
    ...ReasonFields,
  })
  .refine(needsNote, noteMessage)
  .transform((r) => ({ itemId: r.itemId, days: r.days, reason: reasonText(r) }))

export const EditSchema = z.object({ itemId: ItemId, body: PostBodySchema })

export const BulkSchema = z.object({
  itemIds: z.array(ItemId, { required_error: 'Select at least one item.' }).min(1, 'Select at least one item.').max(100, 'At most 100 items at once.'),
})

export const UndoRemovalSchema = z.object({ postId: z.coerce.number().int().positive('Which post?').max(2_000_000_000, 'Which post?') })

// ---------------------------------------------------------------------------------------------
// Shared steps

/** Checks, before the transaction (it reads through `db`), that the items exist and are in scope. */
async function checkItems(actor: Actor, itemIds: number[]) {
  const ids = [...new Set(itemIds)]
  const rows = await db
    .select({ id: moderationItems.id, bridgeId: moderationItems.bridgeId, status: moderationItems.status, sources: moderationItems.sources })
    .from(moderationItems)
    .where(inArray(moderationItems.id, ids))
  if (rows.length !== ids.length) return { error: fail(404, 'There is no such queue item.') }
  const scope = await moderatedBridgeIds(actor as SessionUser)
  if (rows.some((r) => !canModerateBridge(scope, r.bridgeId))) {
    return { error: fail(403, 'That item is in a bridge you do not moderate.') }
  }
  return { rows, ids }
}

/** The conditional update that makes sure only one moderator resolves an item. */
async function claimItems(tx: Transaction, { itemIds, actor, resolution }: { itemIds: number[]; actor: Actor; resolution: string }) {
  return tx
    .update(moderationItems)
    .set({ status: 'resolved', resolution, resolvedById: actor.id, resolvedAt: new Date() })
    .where(and(inArray(moderationItems.id, itemIds), eq(moderationItems.status, 'open')))
    .returning({ id: moderationItems.id, postId: moderationItems.postId })
}

/** For actions that leave the item open: locks it, or returns null when it is resolved already. */
async function lockOpenItem(tx: Transaction, itemId: number) {
  const [item] = await tx
    .select({ id: moderationItems.id, postId: moderationItems.postId })
    .from(moderationItems)
    .where(and(eq(moderationItems.id, itemId), eq(moderationItems.status, 'open')))
    .for('update')
  return item ?? null
}

/** Sets posts' status (the thread follows its opening post) and recounts what they change. */
async function setPostStatus(
  tx: Transaction,
  { postIds, status, removalReason = null, onlyFrom }: { postIds: number[]; status: Status; removalReason?: string | null; onlyFrom?: Status[] },
) {
  if (!postIds.length) return []
  const changed = await tx
    .update(posts)
    .set({ status, removalReason })
    .where(and(inArray(posts.id, postIds), onlyFrom ? inArray(posts.status, onlyFrom) : undefined))
    .returning({ id: posts.id, seq: posts.seq, threadId: posts.threadId, authorId: posts.authorId })
  const openingThreads = changed.filter((p) => p.seq === 1).map((p) => p.threadId)
  if (openingThreads.length) await tx.update(threads).set({ status }).where(inArray(threads.id, openingThreads))
  const threadIds = [...new Set(changed.map((p) => p.threadId))]
  if (threadIds.length) {
    const bridgeRows = await tx.selectDistinct({ bridgeId: threads.bridgeId }).from(threads).where(inArray(threads.id, threadIds))
    for (const threadId of threadIds) await refreshThreadStats(tx, threadId)
    for (const { bridgeId } of bridgeRows) await refreshBridgeStats(tx, bridgeId)
  }
  return changed
}

async function resolveReports(tx: Transaction, postIds: number[]) {
  if (!postIds.length) return
  await tx
    .update(reports)
    .set({ resolvedAt: new Date() })
    .where(and(inArray(reports.postId, postIds), isNull(reports.resolvedAt)))
}

// ---------------------------------------------------------------------------------------------
// Resolving actions

/** Approves items: their posts become visible and their reports are closed. */
export async function approveItems({ actor, itemIds }: { actor: Actor; itemIds: number[] }): Promise<ActionResult> {
  const checked = await checkItems(actor, itemIds)
  if ('error' in checked) return checked.error!
  const bulk = checked.ids.length > 1
  return db.transaction(async (tx) => {
    const claimed = await claimItems(tx, { itemIds: checked.ids, actor, resolution: 'approved' })
    if (!claimed.length) return ALREADY_RESOLVED
    const postIds = claimed.map((c) => c.postId)
    await setPostStatus(tx, { postIds, status: 'visible' })
    await resolveReports(tx, postIds)
    await writeAudit(
      tx,
      claimed.map((c) => ({ actorId: actor.id, action: 'approve', itemId: c.id, postId: c.postId, details: bulk ? { bulk: true } : null })),
    )
    const skipped = checked.ids.length - claimed.length
    return {
      ok: true,
      code: bulk ? 'bulk_approved' : 'approved',
      message: bulk
        ? `Approved ${claimed.length} item${claimed.length === 1 ? '' : 's'}.${skipped ? ` ${skipped} had already been resolved.` : ''}`
        : 'Approved: the post is visible.',
      done: claimed.length,
      skipped,
    } as const
  })
}

export async function removeItem({ actor, itemId, reason }: { actor: Actor; itemId: number; reason: string }): Promise<ActionResult> {
  const checked = await checkItems(actor, [itemId])
  if ('error' in checked) return checked.error!
  return db.transaction(async (tx) => {
    const [claimed] = await claimItems(tx, { itemIds: [itemId], actor, resolution: 'removed' })
    if (!claimed) return ALREADY_RESOLVED
    const [post] = await setPostStatus(tx, { postIds: [claimed.postId], status: 'removed', removalReason: reason })
    await resolveReports(tx, [claimed.postId])
    await writeAudit(tx, { actorId: actor.id, action: 'remove', itemId, postId: claimed.postId, targetUserId: post?.authorId, reason })
    return { ok: true, code: 'removed', message: 'Removed: its author sees the reason, everyone else sees “[removed]”.' } as const
  })
}

/**
 * Closes items' reports as unfounded. A post hidden by reports is shown again. When the item is
 * also held for another reason (filter, new member, guest), it stays open for that reason.
 */
export async function dismissReports({ actor, itemIds }: { actor: Actor; itemIds: number[] }): Promise<ActionResult> {
  const checked = await checkItems(actor, itemIds)
  if ('error' in checked) return checked.error!
  const bulk = checked.ids.length > 1
  if (!bulk && checked.rows[0].status === 'open' && !checked.rows[0].sources.includes('report')) {
    return fail(400, 'This item has no reports to dismiss: approve or remove the post instead.')
  }
  return db.transaction(async (tx) => {
    const rest = sql`array_remove(${moderationItems.sources}, 'report')`
    const closes = sql`cardinality(${rest}) = 0`
    const claimed = await tx
      .update(moderationItems)
      .set({
        sources: rest,
        status: sql`case when ${closes} then 'resolved' else 'open' end`,
        resolution: sql`case when ${closes} then 'dismissed' else null end`,
        resolvedById: sql`case when ${closes} then ${actor.id} else null end`,
        resolvedAt: sql`case when ${closes} then now() else null end`,
      })
      .where(and(inArray(moderationItems.id, checked.ids), eq(moderationItems.status, 'open'), sql`'report' = any(${moderationItems.sources})`))
      .returning({ id: moderationItems.id, postId: moderationItems.postId, status: moderationItems.status })
    if (!claimed.length) return ALREADY_RESOLVED
    const closed = claimed.filter((c) => c.status === 'resolved').map((c) => c.postId)
    const stillHeld = claimed.filter((c) => c.status === 'open').map((c) => c.postId)
    await setPostStatus(tx, { postIds: closed, status: 'visible', onlyFrom: ['hidden'] })
    // Still held for another reason: out of "hidden by reports", back to "awaiting review".
    await setPostStatus(tx, { postIds: stillHeld, status: 'pending', onlyFrom: ['hidden'] })
    await resolveReports(tx, claimed.map((c) => c.postId))
    await writeAudit(
      tx,
      claimed.map((c) => ({
        actorId: actor.id,
        action: 'dismiss',
        itemId: c.id,
        postId: c.postId,
        details: { ...(bulk ? { bulk: true } : {}), ...(c.status === 'open' ? { stillHeld: true } : {}) },
      })),
    )
    const skipped = checked.ids.length - claimed.length
    return {
      ok: true,
      code: bulk ? 'bulk_dismissed' : 'dismissed',
      message: bulk
        ? `Dismissed the reports of ${claimed.length} item${claimed.length === 1 ? '' : 's'}.${skipped ? ` ${skipped} had already been resolved or had no reports.` : ''}`
        : stillHeld.length
          ? 'Reports dismissed. The post is still held for review for another reason.'
          : 'Reports dismissed: the post is visible.',
      done: claimed.length,
      skipped,
    } as const
  })
}

// ---------------------------------------------------------------------------------------------
// Actions that leave the item open (the moderator still approves or removes the post)

export async function lockItemThread({ actor, itemId }: { actor: Actor; itemId: number }): Promise<ActionResult> {
  const checked = await checkItems(actor, [itemId])
  if ('error' in checked) return checked.error!
  return db.transaction(async (tx) => {
    const item = await lockOpenItem(tx, itemId)
    if (!item) return ALREADY_RESOLVED
    const [post] = await tx.select({ threadId: posts.threadId }).from(posts).where(eq(posts.id, item.postId))
    const [locked] = await tx
      .update(threads)
      .set({ isLocked: true })
      .where(and(eq(threads.id, post.threadId), eq(threads.isLocked, false)))
      .returning({ id: threads.id })
    if (!locked) return fail(409, 'The thread is already locked.')
    await writeAudit(tx, { actorId: actor.id, action: 'lock', itemId, postId: item.postId, details: { threadId: post.threadId } })
    return { ok: true, code: 'locked', message: 'Thread locked: nobody can reply to it now.' } as const
  })
}

const ANONYMOUS_AUTHOR_REFUSED =
  "This anonymous post's author cannot be given this sanction from the queue (the reason would say something about who they are). Remove the post if it breaks the rules; an admin can look into its author."

/**
 * Suspends (for `days`) or bans the author of the item's post, found by the post: the moderator
 * never learns who an anonymous author is.
 */
export async function sanctionAuthor({
  actor,
  itemId,
  days,
  reason,
}: {
  actor: Actor
  itemId: number
  /** undefined: a ban */
  days?: number
  reason: string
}): Promise<ActionResult> {
  const checked = await checkItems(actor, [itemId])
  if ('error' in checked) return checked.error!
  return db.transaction(async (tx) => {
    const item = await lockOpenItem(tx, itemId)
    if (!item) return ALREADY_RESOLVED
    const [author] = await tx
      .select({ id: users.id, role: users.role, anonymous: posts.isAnonymous })
      .from(posts)
      .innerJoin(users, eq(users.id, posts.authorId))
      .where(eq(posts.id, item.postId))
    if (!author) return fail(400, 'This post was written by a guest: there is no account to suspend or ban.')
    if (author.id === actor.id) return fail(400, 'You cannot suspend or ban yourself.')
    // Why a sanction is refused says something about the author ("staff", "sanctioned already":
    // two anonymous posts refused alike point to one account), so for an anonymous post it is not said.
    const refused = (status: 403 | 409, message: string) => (author.anonymous ? fail(409, ANONYMOUS_AUTHOR_REFUSED) : fail(status, message))
    if (author.role !== 'member' && !isAdmin(actor)) return refused(403, 'Only an admin can suspend or ban this author.')
    let details: Record<string, unknown>
    if (days === undefined) {
      const [banned] = await tx
        .update(users)
        .set({ bannedAt: new Date(), sanctionReason: reason })
        .where(and(eq(users.id, author.id), isNull(users.bannedAt)))
        .returning({ id: users.id })
      if (!banned) return refused(409, 'The author is already banned.')
      details = {}
    } else {
      const until = new Date(Date.now() + days * 24 * 60 * 60 * 1000)
      // Not again when an equal or longer suspension is running: two moderators pressing
      // "suspend" at once suspend once (the hour absorbs the moment between their clicks).
      const [suspended] = await tx
        .update(users)
        .set({ suspendedUntil: until, sanctionReason: reason })
        .where(
          and(
            eq(users.id, author.id),
            isNull(users.bannedAt),
            or(isNull(users.suspendedUntil), lt(users.suspendedUntil, new Date(until.getTime() - 60 * 60 * 1000))),
          ),
        )
        .returning({ id: users.id })
      if (!suspended) return refused(409, 'The author is already suspended at least that long, or banned.')
      details = { days, until: until.toISOString() }
    }
    const action = days === undefined ? 'ban' : 'suspend'
    await writeAudit(tx, { actorId: actor.id, action, itemId, postId: item.postId, targetUserId: author.id, reason, details })
    return {
      ok: true,
      code: action === 'ban' ? 'banned' : 'suspended',
      message: action === 'ban' ? 'The author is banned.' : `The author is suspended for ${days} day${days === 1 ? '' : 's'}.`,
    } as const
  })
}

/** A moderator edits a held post before approving it; the original is kept as a revision. */
export async function editHeldPost({ actor, itemId, body }: { actor: Actor; itemId: number; body: string }): Promise<ActionResult> {
  const checked = await checkItems(actor, [itemId])
  if ('error' in checked) return checked.error!
  const bodyHtml = renderMarkdown(body)
  return db.transaction(async (tx) => {
    const item = await lockOpenItem(tx, itemId)
    if (!item) return ALREADY_RESOLVED
    const [post] = await tx.select({ bodySource: posts.bodySource, status: posts.status }).from(posts).where(eq(posts.id, item.postId))
    if (post.status !== 'pending' && post.status !== 'hidden') return fail(400, 'Only a post awaiting review can be edited here.')
    if (post.bodySource === body) return fail(400, 'The text is unchanged.')
    const [revision] = await tx
      .insert(postRevisions)
      .values({ postId: item.postId, bodySource: post.bodySource, editedById: actor.id, isModeratorEdit: true })
      .returning({ id: postRevisions.id })
    await tx.update(posts).set({ bodySource: body, bodyHtml, editedAt: new Date() }).where(eq(posts.id, item.postId))
    await writeAudit(tx, { actorId: actor.id, action: 'edit', itemId, postId: item.postId, details: { revisionId: revision.id } })
    return { ok: true, code: 'edited', message: 'Edit saved; the original is kept. The post is still awaiting your decision.' } as const
  })
}

// ---------------------------------------------------------------------------------------------
// Admin

/** An admin puts a removed post back. */
export async function undoRemoval({ actor, postId }: { actor: Actor; postId: number }): Promise<ActionResult> {
  if (!isAdmin(actor)) return fail(403, 'Only admins can undo a removal.')
  const [exists] = await db.select({ id: posts.id }).from(posts).where(eq(posts.id, postId))
  if (!exists) return fail(404, 'There is no such post.')
  return db.transaction(async (tx) => {
    const [post] = await setPostStatus(tx, { postIds: [postId], status: 'visible', onlyFrom: ['removed'] })
    if (!post) return fail(409, 'This post is not removed (any more).')
    await writeAudit(tx, { actorId: actor.id, action: 'undo_removal', postId, targetUserId: post.authorId })
    return { ok: true, code: 'undone', message: 'Removal undone: the post is visible again.' } as const
  })
}
