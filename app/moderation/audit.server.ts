// The moderation audit log: every action writes its entry in the action's own transaction, so an
// action without its entry (or an entry without its action) cannot exist.
import { and, desc, eq, gte, inArray, lt } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { auditLog, posts, users } from '../../db/schema/index.ts'
import { db, type Queryable } from '../db.server.ts'
import { postUrl } from '../forum/links.ts'

export type AuditEntry = {
  actorId: string
  action: string
  itemId?: number | null
  postId?: number | null
  targetUserId?: string | null
  reason?: string | null
  details?: Record<string, unknown> | null
}

export async function writeAudit(tx: Queryable, entries: AuditEntry | AuditEntry[]) {
  const list = Array.isArray(entries) ? entries : [entries]
  if (!list.length) return
  await tx.insert(auditLog).values(
    list.map((e) => ({
      actorId: e.actorId,
      action: e.action,
      itemId: e.itemId ?? null,
      postId: e.postId ?? null,
      targetUserId: e.targetUserId ?? null,
      reason: e.reason ?? null,
      details: e.details ?? null,
    })),
  )
}

export const AUDIT_PAGE_SIZE = 50

/**
 * One page of the log, newest first (ids are written in order, so `before` is a keyset cursor).
 * The target of an action on an anonymous post is never named: the log is not a way to reveal.
 */
export async function listAuditLog({
  actorId,
  action,
  from,
  to,
  before,
}: {
  actorId?: string | null
  action?: string | null
  from?: Date | null
  to?: Date | null
  before?: number | null
}) {
  const target = alias(users, 'target_user')
  const rows = await db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      itemId: auditLog.itemId,
      postId: auditLog.postId,
      reason: auditLog.reason,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
      actorName: users.username,
      threadId: posts.threadId,
      postSeq: posts.seq,
      postStatus: posts.status,
      postIsAnonymous: posts.isAnonymous,
      targetName: target.username,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(posts, eq(posts.id, auditLog.postId))
    .leftJoin(target, eq(target.id, auditLog.targetUserId))
    .where(
      and(
        actorId ? eq(auditLog.actorId, actorId) : undefined,
        action ? eq(auditLog.action, action) : undefined,
        from ? gte(auditLog.createdAt, from) : undefined,
        to ? lt(auditLog.createdAt, to) : undefined,
        before ? lt(auditLog.id, before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1)
  const page = rows.slice(0, AUDIT_PAGE_SIZE)
  return {
    entries: page.map((row) => ({
      id: row.id,
      action: row.action,
      itemId: row.itemId,
      reason: row.reason,
      summary: summarizeDetails(row.action, row.details),
      createdAt: row.createdAt.toISOString(),
      actorName: row.actorName,
      post: row.postId && row.threadId ? { id: row.postId, url: postUrl({ threadId: row.threadId, seq: row.postSeq! }), status: row.postStatus! } : null,
      targetLabel: row.postIsAnonymous ? 'anonymous author' : row.targetName,
    })),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id : null,
  }
}

const onOff = (value: unknown) => (value ? 'on' : 'off')
const clip = (value: unknown) => {
  const text = String(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

/** What the log shows of an entry's details: a short line, never the raw record. */
function summarizeDetails(action: string, details: Record<string, unknown> | null): string {
  if (!details) return ''
  switch (action) {
    case 'watched_word_add':
    case 'watched_word_remove':
      return `“${details.term}” (${details.action})`
    case 'setting_guest_posting':
      return `${onOff(details.from)} → ${onOff(details.to)}`
    case 'setting_change':
      return `${details.setting}: ${clip(details.from)} → ${clip(details.to)}`
    case 'setting_bridge_anonymous':
      return `${details.bridge}: ${onOff(details.from)} → ${onOff(details.to)}`
    case 'set_role':
      return `${details.from} → ${details.to}`
    case 'assign_bridges':
      return Array.isArray(details.bridgeIds) && details.bridgeIds.length ? `${details.bridgeIds.length} bridges` : 'all bridges'
    case 'suspend':
      return `${details.days} days`
    default:
      return details.bulk ? 'bulk action' : ''
  }
}

/** Moderators and admins, for the log's "moderator" filter and the admin pages. */
export async function listStaff() {
  return db
    .select({ id: users.id, username: users.username, role: users.role })
    .from(users)
    .where(inArray(users.role, ['moderator', 'admin']))
    .orderBy(users.username)
}
