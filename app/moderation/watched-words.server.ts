// Moderator-managed watched words. The rules version lives in the database, so a word added on one
// app server takes effect on the next post on every server.
import { asc, eq, sql } from 'drizzle-orm'
import { settings, watchedWords } from '../../db/schema/index.ts'
import { writeAudit } from './audit.server.ts'
import { currentDatabase, db, type Queryable } from '../db.server.ts'
import { compileScanner, type Scanner, type WatchedWord } from './scan/index.server.ts'

const RULES_VERSION_KEY = 'rules:version'
// The compiled scanner lives on globalThis: the server script compiles it at start-up, and the Remix
// build (its own copy of this module) must find it rather than compile again on the first post.
const holder = globalThis as { __bridgesForumScanner?: { database: unknown; version: number; scanner: Scanner } }

async function rulesVersion(q: Queryable = db) {
  const [row] = await q.select({ value: settings.value }).from(settings).where(eq(settings.key, RULES_VERSION_KEY))
  return row ? Number(row.value) : 0
}

async function bumpRulesVersion(q: Queryable) {
  await q
    .insert(settings)
    .values({ key: RULES_VERSION_KEY, value: 1 })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value: sql`to_jsonb((${settings.value})::text::int + 1)`, updatedAt: new Date() },
    })
}

export async function listWatchedWords() {
  return db
    .select({ id: watchedWords.id, term: watchedWords.term, action: watchedWords.action, createdAt: watchedWords.createdAt })
    .from(watchedWords)
    .orderBy(asc(watchedWords.term))
}

/** The built-in rules plus the current watched words, recompiled only when the version changed. */
export async function getActiveScanner(): Promise<Scanner> {
  const version = await rulesVersion()
  const database = currentDatabase()
  const compiled = holder.__bridgesForumScanner
  if (compiled && compiled.database === database && compiled.version === version) return compiled.scanner
  const words: WatchedWord[] = (await listWatchedWords()).map(({ term, action }) => ({ term, action }))
  const scanner = compileScanner({ watchedWords: words })
  holder.__bridgesForumScanner = { database, version, scanner }
  return scanner
}

/** Adds (or changes the action of) a watched word, logged, effective on every server at once. */
export async function addWatchedWord({ term, action, actorId }: WatchedWord & { actorId: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(watchedWords)
      .values({ term, action, createdById: actorId })
      .onConflictDoUpdate({ target: watchedWords.term, set: { action } })
      .returning({ id: watchedWords.id })
    await writeAudit(tx, { actorId, action: 'watched_word_add', details: { term, action } })
    await bumpRulesVersion(tx)
    return row.id
  })
}

export async function removeWatchedWord({ id, actorId }: { id: number; actorId: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(watchedWords).where(eq(watchedWords.id, id)).returning({ term: watchedWords.term, action: watchedWords.action })
    if (!row) return null
    await writeAudit(tx, { actorId, action: 'watched_word_remove', details: { term: row.term, action: row.action } })
    await bumpRulesVersion(tx)
    return row
  })
}

/** For `npm run moderation:scan -- --watched-words`: the database's words, read once. */
export async function loadWatchedWordsForCli(): Promise<{ words: WatchedWord[]; close(): Promise<void> }> {
  const { openDatabaseFromEnv, setDatabase } = await import('../db.server.ts')
  const opened = await openDatabaseFromEnv()
  setDatabase(opened.db)
  const words = (await listWatchedWords()).map(({ term, action }) => ({ term, action }))
  return { words, close: opened.close }
}
