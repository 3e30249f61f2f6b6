// Member reports: once per member and post, never on one's own post. Reports queue the post; at the
// configured number of distinct reporters the post is hidden until a moderator decides.
import { and, count, eq, isNull } from 'drizzle-orm'
import { z } from 'zod'
import { posts, reports, threads } from '../../db/schema/index.ts'
import { db } from '../db.server.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { refreshBridgeStats, refreshThreadStats } from '../forum/posts.server.ts'
import { getSettings } from '../settings.server.ts'
import { enqueuePost } from './pipeline.server.ts'
import { REPORT_REASONS, URGENT_REPORT_REASONS } from './reasons.ts'

export const ReportSchema = z
  .object({
    postId: z.coerce.number({ invalid_type_error: 'Which post?' }).int().positive('Which post?').max(2_000_000_000, 'Which post?'),
    reason: z.enum(REPORT_REASONS, { errorMap: () => ({ message: 'Choose a reason for the report.' }) }),
    note: z.string().trim().max(1000, 'The note can be at most 1,000 characters.').optional().default(''),
  })
  .refine((r) => r.reason !== 'other' || r.note.length > 0, {
    path: ['note'],
    message: 'Tell the moderators briefly what is wrong.',
  })

export type ReportOutcome =
  | { ok: true }
  | { ok: false; status: 400 | 404 | 409; message: string }

export const REPORT_THANKS = 'Thank you for your report. A moderator will look at it.'

export async function fileReport({
  reporter,
  threadId,
  postId,
  reason,
  note,
}: {
  reporter: Pick<SessionUser, 'id'>
  threadId: number
  postId: number
  reason: (typeof REPORT_REASONS)[number]
  note: string
}): Promise<ReportOutcome> {
  // Settings are read through `db`, so before the transaction (PGlite has one connection).
  const { reportHideThreshold } = await getSettings()
  return db.transaction(async (tx) => {
    // Locking the post serialises reports of one post, so the threshold count is never stale.
    const [post] = await tx
      .select({ id: posts.id, seq: posts.seq, authorId: posts.authorId, status: posts.status, deletedAt: posts.deletedAt, bridgeId: threads.bridgeId })
      .from(posts)
      .innerJoin(threads, eq(threads.id, posts.threadId))
      .where(and(eq(posts.id, postId), eq(posts.threadId, threadId)))
      .for('update', { of: posts })
    if (!post || post.deletedAt || post.status !== 'visible') {
      return { ok: false, status: 404, message: 'There is no such post to report.' } as const
    }
    if (post.authorId === reporter.id) return { ok: false, status: 400, message: 'You cannot report your own post.' } as const
    const [inserted] = await tx
      .insert(reports)
      .values({ postId, reporterId: reporter.id, reason, note: note || null })
      .onConflictDoNothing()
      .returning({ id: reports.id })
    if (!inserted) return { ok: false, status: 409, message: 'You have already reported this post. Thank you — a moderator will look at it.' } as const
    await enqueuePost(tx, { postId, bridgeId: post.bridgeId, sources: ['report'], urgent: URGENT_REPORT_REASONS.includes(reason) })
    // Open reports only: after a moderator dismisses reports, the count starts again.
    const [{ n }] = await tx
      .select({ n: count() })
      .from(reports)
      .where(and(eq(reports.postId, postId), isNull(reports.resolvedAt)))
    if (n >= reportHideThreshold) {
      await tx.update(posts).set({ status: 'hidden' }).where(eq(posts.id, postId))
      // Visibility of a thread follows its opening post.
      if (post.seq === 1) await tx.update(threads).set({ status: 'hidden' }).where(eq(threads.id, threadId))
      await refreshThreadStats(tx, threadId)
      await refreshBridgeStats(tx, post.bridgeId)
    }
    return { ok: true } as const
  })
}
