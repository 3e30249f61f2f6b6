// Admins choose who moderates, and where: a moderator with no bridges assigned moderates all of them.
import { and, eq, inArray, sql } from 'drizzle-orm'
import { z } from 'zod'
import { bridges, moderatorBridges, users } from '../../db/schema/index.ts'
import { db } from '../db.server.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { UsernameSchema } from '../forum/schemas.ts'
import { writeAudit } from './audit.server.ts'

export const AssignBridgesSchema = z.object({
  username: UsernameSchema,
  bridgeIds: z.array(z.coerce.number().int().positive().max(2_000_000_000)).max(100).optional().default([]),
})

export const SetRoleSchema = z.object({
  username: UsernameSchema,
  role: z.enum(['member', 'moderator'], { errorMap: () => ({ message: 'Choose member or moderator.' }) }),
})

export async function listModerators() {
  const [staff, assignments, allBridges] = await Promise.all([
    db
      .select({ id: users.id, username: users.username, role: users.role })
      .from(users)
      .where(inArray(users.role, ['moderator', 'admin']))
      .orderBy(users.username),
    db.select().from(moderatorBridges),
    db.select({ id: bridges.id, name: bridges.name, position: bridges.position }).from(bridges).orderBy(bridges.position),
  ])
  return {
    bridges: allBridges.map(({ id, name }) => ({ id, name })),
    moderators: staff.map((s) => ({
      username: s.username,
      role: s.role,
      bridgeIds: assignments.filter((a) => a.userId === s.id).map((a) => a.bridgeId),
    })),
  }
}

type Result = { ok: true; message: string } | { ok: false; status: 400 | 404 | 409; message: string }

async function findUser(username: string) {
  const [user] = await db
    .select({ id: users.id, username: users.username, role: users.role })
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.toLowerCase()))
  return user ?? null
}

export async function setModeratorBridges({
  actor,
  username,
  bridgeIds,
}: {
  actor: Pick<SessionUser, 'id'>
  username: string
  bridgeIds: number[]
}): Promise<Result> {
  const user = await findUser(username)
  if (!user || user.role !== 'moderator') return { ok: false, status: 404, message: 'There is no moderator with that username.' }
  const ids = [...new Set(bridgeIds)]
  if (ids.length) {
    const known = await db.select({ id: bridges.id }).from(bridges).where(inArray(bridges.id, ids))
    if (known.length !== ids.length) return { ok: false, status: 400, message: 'Choose bridges from the list.' }
  }
  await db.transaction(async (tx) => {
    await tx.delete(moderatorBridges).where(eq(moderatorBridges.userId, user.id))
    if (ids.length) await tx.insert(moderatorBridges).values(ids.map((bridgeId) => ({ userId: user.id, bridgeId })))
    await writeAudit(tx, { actorId: actor.id, action: 'assign_bridges', targetUserId: user.id, details: { bridgeIds: ids } })
  })
  return { ok: true, message: ids.length ? `${user.username} now moderates ${ids.length} bridge${ids.length === 1 ? '' : 's'}.` : `${user.username} now moderates all bridges.` }
}

export async function setStaffRole({
  actor,
  username,
  role,
}: {
  actor: Pick<SessionUser, 'id'>
  username: string
  role: 'member' | 'moderator'
}): Promise<Result> {
  const user = await findUser(username)
  if (!user) return { ok: false, status: 404, message: 'There is no member with that username.' }
  if (user.role === 'admin') return { ok: false, status: 400, message: 'Admins are managed with the user:create command.' }
  if (user.role === role) return { ok: false, status: 409, message: `${user.username} is already a ${role}.` }
  await db.transaction(async (tx) => {
    await tx.update(users).set({ role }).where(and(eq(users.id, user.id)))
    if (role === 'member') await tx.delete(moderatorBridges).where(eq(moderatorBridges.userId, user.id))
    await writeAudit(tx, { actorId: actor.id, action: 'set_role', targetUserId: user.id, details: { from: user.role, to: role } })
  })
  return { ok: true, message: `${user.username} is now a ${role}.` }
}
