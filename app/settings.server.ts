// Operator settings and generated secrets, kept in the database so every app server sees the same.
import crypto from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import { settings } from '../db/schema/index.ts'
import { db } from './db.server.ts'

export type ForumSettings = {
  /** Guests may post anonymously (always held for review). Off by default. */
  guestPosting: boolean
  /** Distinct reporters that hide a post until a moderator decides. */
  reportHideThreshold: number
  /** How many of a new member's first posts go to review. */
  newMemberReviewPosts: number
  /** Shown at once to an author whose post was held for self-harm language. */
  crisisResourcesText: string
}

export const defaultSettings: ForumSettings = {
  guestPosting: false,
  reportHideThreshold: 3,
  newMemberReviewPosts: 2,
  crisisResourcesText:
    'You are not alone. If you are thinking about hurting yourself, please reach out now: call or text your local emergency number, or a crisis line such as 988 (US), 116 123 (Samaritans, UK and Ireland) or 13 11 14 (Lifeline, Australia). A moderator will also look at your post soon.',
}

export async function getSettings(): Promise<ForumSettings> {
  const rows = await db.select().from(settings).where(sql`${settings.key} like 'setting:%'`)
  const stored = Object.fromEntries(rows.map((r) => [r.key.slice('setting:'.length), r.value]))
  return { ...defaultSettings, ...stored } as ForumSettings
}

export async function updateSetting<K extends keyof ForumSettings>(key: K, value: ForumSettings[K]) {
  await db
    .insert(settings)
    .values({ key: `setting:${key}`, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } })
}

const secretCache = new Map<string, string>()

/**
 * A server secret: from the environment variable when set, otherwise generated on first use and
 * kept with the data (so the two-command start works and values derived from it survive restarts).
 */
export async function getSecret(name: 'pseudonym' | 'address' | 'cookie'): Promise<string> {
  const envName = { pseudonym: 'PSEUDONYM_SECRET', address: 'ADDRESS_HASH_SECRET', cookie: 'COOKIE_SECRET' }[name]
  const fromEnv = process.env[envName]
  if (fromEnv) return fromEnv
  const cached = secretCache.get(name)
  if (cached) return cached
  const key = `secret:${name}`
  await db
    .insert(settings)
    .values({ key, value: crypto.randomBytes(32).toString('base64url') })
    .onConflictDoNothing()
  const [row] = await db.select().from(settings).where(eq(settings.key, key))
  const value = String(row.value)
  secretCache.set(name, value)
  return value
}

export function keyedHash(secret: string, value: string) {
  return crypto.createHmac('sha256', secret).update(value).digest('base64url')
}
