import crypto from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import { users } from '../../db/schema/index.ts'
import { db } from '../db.server.ts'
import { isCommonPassword } from './common-passwords.ts'
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.server.ts'

export type Role = 'member' | 'moderator' | 'admin'

export function passwordProblem(password: string): string | null {
  if (password.length < 10) return 'Passwords need at least 10 characters.'
  if (password.length > 200) return 'Passwords can be at most 200 characters.'
  if (isCommonPassword(password)) return 'That password is one of the most common ones. Please choose another.'
  return null
}

export async function findUserByUsername(username: string) {
  const [user] = await db
    .select({ id: users.id, username: users.username, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.toLowerCase()))
  return user ?? null
}

/** Creates a member; null when the username is taken (case-insensitively). */
export async function createUser({ username, password, role = 'member' }: { username: string; password: string; role?: Role }) {
  const passwordHash = await hashPassword(password)
  const [user] = await db
    .insert(users)
    .values({ id: crypto.randomUUID(), username: username.toLowerCase(), passwordHash, role })
    .onConflictDoNothing()
    .returning({ id: users.id, username: users.username })
  return user ?? null
}

/** The user for these credentials, or null: one answer for "no such user" and "wrong password". */
export async function verifyLogin({ username, password }: { username: string; password: string }) {
  const user = await findUserByUsername(username)
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), password)
    return null
  }
  return (await verifyPassword(user.passwordHash, password)) ? { id: user.id, username: user.username } : null
}

export async function setUserRole({ userId, role }: { userId: string; role: Role }) {
  await db.update(users).set({ role }).where(eq(users.id, userId))
}
