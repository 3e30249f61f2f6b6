// The review queue as a moderator sees it: open items in their bridges, urgent first, then oldest.
// Rows are shaped here: the author of an anonymous post (id or name) never leaves the server.
import { and, asc, count, desc, eq, inArray, isNull, or, between } from 'drizzle-orm'
import { auditLog, bridges, moderationItems, posts, reports, threads, users } from '../../db/schema/index.ts'
import { db } from '../db.server.ts'
import { moderatedBridgeIds } from '../auth/permissions.server.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { postUrl } from '../forum/links.ts'
import { reportReasonLabels, type ReportReason } from './reasons.ts'

export const QUEUE_PAGE_SIZE = 25
/** Earlier posts shown above the item, so a moderator reads it in its conversation. */
const CONTEXT_POSTS = 2
/** Actions that count as "moderated before" for an author. */
export const SANCTIONING_ACTIONS = ['remove', 'suspend', 'ban']

export type Segment = { text: string; mark: boolean }

type StoredReason = { rule?: unknown; category?: unknown; action?: unknown; match?: unknown; start?: unknown; end?: unknown }

/**
 * Splits `text` into plain and matched parts. Rendered as React text nodes, so nothing in the post
 * or the match can become markup. Offsets are used when they point at the match in this text (they
 * refer to the scanned text, which for an opening post also holds the title); otherwise every
 * occurrence of the matched text is marked.
 */
export function highlightSegments(text: string, reasons: StoredReason[]): Segment[] {
  const ranges: [number, number][] = []
  const lower = text.toLowerCase()
  for (const reason of reasons) {
    if (!reason || typeof reason.match !== 'string' || !reason.match) continue
    const { match, start, end } = reason
    if (typeof start === 'number' && typeof end === 'number' && text.slice(start, end) === match) {
      ranges.push([start, end])
      continue
    }
    const needle = match.toLowerCase()
    for (let at = lower.indexOf(needle); at !== -1 && ranges.length < 200; at = lower.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length])
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const segments: Segment[] = []
  let cursor = 0
  for (const [start, end] of ranges) {
    if (end <= cursor) continue
    const from = Math.max(start, cursor)
    if (from > cursor) segments.push({ text: text.slice(cursor, from), mark: false })
    segments.push({ text: text.slice(from, end), mark: true })
    cursor = end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false })
  return segments
}

function scanReasonsOf(value: unknown): StoredReason[] {
  return Array.isArray(value) ? value.filter((r): r is StoredReason => Boolean(r) && typeof r === 'object') : []
}

export async function listQueue({ user, page = 1 }: { user: SessionUser; page?: number }) {
  const scope = await moderatedBridgeIds(user)
  const where = and(eq(moderationItems.status, 'open'), scope ? inArray(moderationItems.bridgeId, scope) : undefined)
  const [{ total }] = await db.select({ total: count() }).from(moderationItems).where(where)
  const rows = await db
    .select({
      itemId: moderationItems.id,
      sources: moderationItems.sources,
      urgent: moderationItems.urgent,
      queuedAt: moderationItems.createdAt,
      postId: posts.id,
      seq: posts.seq,
      status: posts.status,
      bodySource: posts.bodySource,
      bodyHtml: posts.bodyHtml,
      isAnonymous: posts.isAnonymous,
      pseudonym: posts.pseudonym,
      authorId: posts.authorId,
      authorName: users.username,
      deletedAt: posts.deletedAt,
      scanReasons: posts.scanReasons,
      threadId: threads.id,
      threadTitle: threads.title,
      threadLocked: threads.isLocked,
      bridgeName: bridges.name,
    })
    .from(moderationItems)
    .innerJoin(posts, eq(posts.id, moderationItems.postId))
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .innerJoin(bridges, eq(bridges.id, threads.bridgeId))
    .leftJoin(users, eq(users.id, posts.authorId))
    .where(where)
    .orderBy(desc(moderationItems.urgent), asc(moderationItems.createdAt), asc(moderationItems.id))
    .limit(QUEUE_PAGE_SIZE)
    .offset((page - 1) * QUEUE_PAGE_SIZE)

  // A fixed number of queries for the whole page: reports, context and history in one each.
  const postIds = rows.map((r) => r.postId)
  const authorIds = [...new Set(rows.flatMap((r) => (r.authorId ? [r.authorId] : [])))]
  const [reportRows, contextRows, historyRows] = await Promise.all([
    postIds.length
      ? db
          .select({ postId: reports.postId, reason: reports.reason, note: reports.note, createdAt: reports.createdAt })
          .from(reports)
          .where(and(inArray(reports.postId, postIds), isNull(reports.resolvedAt)))
          .orderBy(asc(reports.createdAt))
      : [],
    rows.length
      ? db
          .select({
            threadId: posts.threadId,
            seq: posts.seq,
            isAnonymous: posts.isAnonymous,
            pseudonym: posts.pseudonym,
            username: users.username,
            bodyHtml: posts.bodyHtml,
            status: posts.status,
            deletedAt: posts.deletedAt,
          })
          .from(posts)
          .leftJoin(users, eq(users.id, posts.authorId))
          .where(
            or(
              ...rows.map((r) =>
                and(eq(posts.threadId, r.threadId), or(eq(posts.seq, 1), between(posts.seq, Math.max(1, r.seq - CONTEXT_POSTS), r.seq - 1))),
              ),
            ),
          )
          .orderBy(asc(posts.threadId), asc(posts.seq))
      : [],
    authorIds.length
      ? db
          .select({ userId: auditLog.targetUserId, n: count() })
          .from(auditLog)
          .where(and(inArray(auditLog.targetUserId, authorIds), inArray(auditLog.action, SANCTIONING_ACTIONS)))
          .groupBy(auditLog.targetUserId)
      : [],
  ])
  const history = new Map(historyRows.map((h) => [h.userId, h.n]))

  const items = rows.map((row) => {
    const itemReports = reportRows.filter((r) => r.postId === row.postId)
    const counts = new Map<ReportReason, number>()
    for (const r of itemReports) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1)
    const scan = scanReasonsOf(row.scanReasons)
    const context = contextRows
      .filter((c) => c.threadId === row.threadId && c.seq < row.seq && (c.seq === 1 || c.seq >= row.seq - CONTEXT_POSTS))
      .map((c) => ({
        seq: c.seq,
        authorLabel: c.isAnonymous ? (c.pseudonym ?? 'Anonymous') : (c.username ?? 'Guest'),
        bodyHtml: c.deletedAt ? null : c.bodyHtml,
        state: c.deletedAt ? ('deleted' as const) : c.status,
      }))
    return {
      id: row.itemId,
      sources: row.sources,
      urgent: row.urgent,
      queuedAt: row.queuedAt.toISOString(),
      thread: { title: row.threadTitle, isLocked: row.threadLocked, bridgeName: row.bridgeName },
      context,
      post: {
        seq: row.seq,
        url: postUrl({ threadId: row.threadId, seq: row.seq }),
        status: row.status,
        deleted: Boolean(row.deletedAt),
        bodyHtml: row.bodyHtml,
        // The editable source is sent for held posts only (for a moderator edit before approving).
        bodySource: row.status === 'pending' || row.status === 'hidden' ? row.bodySource : null,
        // the text with the filter's matches marked, shown only when the filter held the post
        highlighted: scan.length ? highlightSegments(row.bodySource, scan) : [],
      },
      author: {
        // Never the id, and never the name of an anonymous author.
        label: row.isAnonymous ? 'anonymous author' : row.authorId ? (row.authorName ?? 'member') : 'guest',
        shownAs: row.isAnonymous ? (row.pseudonym ?? 'Anonymous') : null,
        isAccount: row.authorId !== null,
        moderatedBefore: row.authorId ? (history.get(row.authorId) ?? 0) : null,
      },
      scanReasons: scan.map((r) => ({
        rule: String(r.rule ?? ''),
        category: String(r.category ?? ''),
        action: String(r.action ?? ''),
        match: typeof r.match === 'string' ? r.match : '',
      })),
      reports: {
        total: itemReports.length,
        byReason: [...counts].map(([reason, n]) => ({ reason, label: reportReasonLabels[reason], count: n })),
        notes: itemReports.flatMap((r) => (r.note ? [{ reason: r.reason, note: r.note }] : [])),
      },
    }
  })
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)), scoped: scope !== null }
}

export type QueueItem = Awaited<ReturnType<typeof listQueue>>['items'][number]
