// Fixed-window rate limits kept in Postgres (app servers stay stateless). Keys are built from keyed
// hashes by the callers: no raw address is ever stored here.
import { and, eq, lt, or, sql } from 'drizzle-orm'
import { rateLimits } from '../../db/schema/index.ts'
import { db } from '../db.server.ts'

export type RateLimitResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number }

/**
 * Counts one hit against `key` in the current window and says whether it is within `limit`. One
 * atomic upsert, so concurrent requests on any number of servers count correctly.
 */
export async function hitRateLimit({
  key,
  limit,
  windowMs,
  now = new Date(),
}: {
  key: string
  limit: number
  windowMs: number
  now?: Date
}): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs)
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count })
  if (row.count === 1) {
    // First hit of a new window: drop this key's finished windows, and anyone's older than a day,
    // so the table stays small without a separate clean-up job.
    const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000)
    await db
      .delete(rateLimits)
      .where(or(and(eq(rateLimits.key, key), lt(rateLimits.windowStart, windowStart)), lt(rateLimits.windowStart, dayAgo)))
  }
  if (row.count > limit) {
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)) }
  }
  return { ok: true, remaining: limit - row.count }
}

/** How many hits `key` has in the current window, without counting one (and when it resets). */
export async function peekRateLimit({ key, windowMs, now = new Date() }: { key: string; windowMs: number; now?: Date }) {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs)
  const [row] = await db
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart)))
  return { count: row?.count ?? 0, retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)) }
}
