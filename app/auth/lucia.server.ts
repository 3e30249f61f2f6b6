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
      // The drizzle adapter hands over the row under its schema (camelCase) field names.
      suspendedUntil: attributes.suspendedUntil,
      bannedAt: attributes.bannedAt,
      sanctionReason: attributes.sanctionReason,
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
      suspendedUntil: Date | null
      bannedAt: Date | null
      sanctionReason: string | null
    }
  }
}
