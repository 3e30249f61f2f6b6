import { and, count, eq, inArray } from 'drizzle-orm'
import { moderationItems } from '../../db/schema/index.ts'
import { db } from '../db.server.ts'
import { moderatedBridgeIds } from '../auth/permissions.server.ts'
import type { SessionUser } from '../auth/session.server.ts'

/** Open queue items this moderator may act on (their bridges only, when they have some). */
export async function countOpenQueueItems(user: SessionUser) {
  const scope = await moderatedBridgeIds(user)
  const [{ n }] = await db
    .select({ n: count() })
    .from(moderationItems)
    .where(and(eq(moderationItems.status, 'open'), scope ? inArray(moderationItems.bridgeId, scope) : undefined))
  return n
}
