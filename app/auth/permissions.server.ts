import { eq } from 'drizzle-orm'
import { moderatorBridges } from '../../db/schema/index.ts'
import { db } from '../db.server.ts'
import { requireUser, type SessionUser } from './session.server.ts'

export function isModerator(user: Pick<SessionUser, 'role'> | null | undefined) {
  return user?.role === 'moderator' || user?.role === 'admin'
}

export function isAdmin(user: Pick<SessionUser, 'role'> | null | undefined) {
  return user?.role === 'admin'
}

function forbidden(message: string): never {
  throw new Response(message, { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

/** A moderator or admin; guests go to login, members get 403. */
export async function requireModerator(request: Request) {
  const user = await requireUser(request)
  if (!isModerator(user)) forbidden('Only moderators can see this page.')
  return user
}

export async function requireAdmin(request: Request) {
  const user = await requireUser(request)
  if (!isAdmin(user)) forbidden('Only admins can do this.')
  return user
}

/**
 * The bridges a moderator may act in: null means all of them (admins, and moderators given no
 * particular bridges).
 */
export async function moderatedBridgeIds(user: SessionUser): Promise<number[] | null> {
  if (isAdmin(user)) return null
  const rows = await db
    .select({ bridgeId: moderatorBridges.bridgeId })
    .from(moderatorBridges)
    .where(eq(moderatorBridges.userId, user.id))
  return rows.length ? rows.map((r) => r.bridgeId) : null
}

export function canModerateBridge(scope: number[] | null, bridgeId: number) {
  return scope === null || scope.includes(bridgeId)
}
