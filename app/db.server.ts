// The one database module: picks the driver (PGlite when DATABASE_URL is unset, postgres.js when
// it is set) and hides the difference from the rest of the code.
import fs from 'node:fs'
import path from 'node:path'
import type { Logger } from 'drizzle-orm'
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js'
import * as schema from '../db/schema/index.ts'

export type Database = PostgresJsDatabase<typeof schema>
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0]
/** Either the database or a transaction: data functions that may run inside one take this. */
export type Queryable = Database | Transaction

export const migrationsFolder = path.join(process.cwd(), 'db/migrations')
export const defaultDataDir = () => process.env.DATA_DIR ?? path.join(process.cwd(), 'data')

/** Counts the SQL statements sent, so tests can check that a page costs a fixed number of queries. */
export const queryCounter = { count: 0 }
const countingLogger: Logger = {
  logQuery() {
    queryCounter.count++
  },
}

export type OpenedDatabase = { db: Database; driver: 'pglite' | 'postgres'; close: () => Promise<void> }

export async function openDatabase(
  options: { url?: string; dataDir?: string; loadDataDir?: Blob } = {},
): Promise<OpenedDatabase> {
  if (options.url) {
    const { default: postgres } = await import('postgres')
    const { drizzle } = await import('drizzle-orm/postgres-js')
    const client = postgres(options.url, { onnotice: () => {}, max: 10 })
    const db = drizzle(client, { schema, logger: countingLogger })
    return { db, driver: 'postgres', close: () => client.end() }
  }
  const { PGlite } = await import('@electric-sql/pglite')
  const { drizzle } = await import('drizzle-orm/pglite')
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true })
  const client = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.loadDataDir })
  const db = drizzle(client, { schema, logger: countingLogger }) as unknown as Database
  return { db, driver: 'pglite', close: () => client.close() }
}

export async function migrateDatabase(opened: OpenedDatabase) {
  if (opened.driver === 'postgres') {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator')
    await migrate(opened.db, { migrationsFolder })
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator')
    await migrate(opened.db as never, { migrationsFolder })
  }
}

// The open database lives on globalThis: the server script and the Remix build each load their own
// copy of this module, and both must use the instance opened at start-up.
const holder = globalThis as { __bridgesForumDatabase?: Database }

export function setDatabase(database: Database) {
  holder.__bridgesForumDatabase = database
}

export function currentDatabase(): Database {
  const database = holder.__bridgesForumDatabase
  if (!database) throw new Error('The database is not open yet: call setDatabase() at start-up.')
  return database
}

/** The database the app uses (whichever one setDatabase() was last given). */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const database = currentDatabase()
    const value = Reflect.get(database, property, database)
    return typeof value === 'function' ? value.bind(database) : value
  },
})

/**
 * PGlite's data folder has no lock of its own: two processes writing it corrupt it. The server
 * and the commands hold this lock file while they have it open.
 */
export function lockDataDir(dataDir: string) {
  const lockFile = path.join(dataDir, 'server.lock')
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(lockFile, String(process.pid))
  const release = () => {
    try {
      if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.unlinkSync(lockFile)
    } catch {
      // already gone
    }
  }
  process.once('exit', release)
  return release
}

export function dataDirLockHolder(dataDir: string): number | null {
  const lockFile = path.join(dataDir, 'server.lock')
  let pid: number
  try {
    pid = Number(fs.readFileSync(lockFile, 'utf8'))
  } catch {
    return null
  }
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return null // a stale lock from a process that has died
  }
}

/**
 * Opens the database named by the environment, migrated, for the server and the commands. On the
 * embedded database it takes the data-folder lock, so a command never writes to ./data while the
 * server has it open (and the server does not start while a command runs).
 */
export async function openDatabaseFromEnv() {
  const url = process.env.DATABASE_URL
  if (url) {
    const opened = await openDatabase({ url })
    await migrateDatabase(opened)
    return { ...opened, describe: 'PostgreSQL (DATABASE_URL)' }
  }
  const dataDir = defaultDataDir()
  const holder = dataDirLockHolder(dataDir)
  if (holder) {
    throw new Error(
      `The embedded database in ${dataDir} is open in another process (pid ${holder}), ` +
        'probably the forum server. Stop it first, or set DATABASE_URL to use PostgreSQL.',
    )
  }
  const release = lockDataDir(dataDir)
  const opened = await openDatabase({ dataDir })
  await migrateDatabase(opened)
  return {
    ...opened,
    describe: `embedded PGlite in ${path.relative(process.cwd(), dataDir) || '.'}`,
    close: async () => {
      await opened.close()
      release()
    },
  }
}
