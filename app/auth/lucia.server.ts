// lucia v3 is deprecated upstream but is the product owner's choice: it stays behind app/auth so
// replacing it later touches this folder only.
import { DrizzlePostgreSQLAdapter } from '@lucia-auth/adapter-drizzle'
import { Lucia } from 'lucia'
import { sessions, users } from '../../db/schema/index.ts'
import { currentDatabase, type Database } from '../db.server.ts'

function createLucia(database: Database) {
  const adapter = new DrizzlePostgreSQLAdapter(database, sessions, users)
  return new Lucia(adapter, {
    sessionCookie: {
      name: 'bf_session',
      attributes: { secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== '1', sameSite: 'lax' },
    },
    getUserAttributes: (attributes) => ({
      username: attributes.username,
      role: attributes.role,
      suspendedUntil: attributes.suspended_until,
      bannedAt: attributes.banned_at,
      sanctionReason: attributes.sanction_reason,
    }),
  })
}

let cached: { database: Database; lucia: ReturnType<typeof createLucia> } | undefined

/** The lucia instance for the open database (tests open one database per file). */
export function getLucia() {
  const database = currentDatabase()
  if (!cached || cached.database !== database) cached = { database, lucia: createLucia(database) }
  return cached.lucia
}

declare module 'lucia' {
  interface Register {
    Lucia: ReturnType<typeof createLucia>
    DatabaseUserAttributes: {
      username: string
      role: 'member' | 'moderator' | 'admin'
      suspended_until: Date | null
      banned_at: Date | null
      sanction_reason: string | null
    }
  }
}
