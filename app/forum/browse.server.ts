// Read side of the public pages: bridges, articles and keyset-paginated thread lists. Every
// function selects the columns its page shows, never whole rows.
import { and, asc, desc, eq, gt, lt, or, type SQL } from 'drizzle-orm'
import { articles, bridges, threads } from '../../db/schema/index.ts'
import { db } from '../db.server.ts'

export const THREADS_PER_PAGE = 25

export async function listBridges() {
  return db
    .select({
      slug: bridges.slug,
      position: bridges.position,
      name: bridges.name,
      description: bridges.description,
      allowAnonymous: bridges.allowAnonymous,
      threadCount: bridges.threadCount,
      lastActivityAt: bridges.lastActivityAt,
    })
    .from(bridges)
    .orderBy(asc(bridges.position))
}

export async function getBridgeBySlug(slug: string) {
  const [bridge] = await db
    .select({
      id: bridges.id,
      slug: bridges.slug,
      position: bridges.position,
      name: bridges.name,
      description: bridges.description,
      allowAnonymous: bridges.allowAnonymous,
    })
    .from(bridges)
    .where(eq(bridges.slug, slug))
  return bridge ?? null
}

const articleColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  author: articles.author,
  publishedAt: articles.publishedAt,
  url: articles.url,
  summary: articles.summary,
  bridgeSlug: bridges.slug,
  bridgeName: bridges.name,
}

export async function listArticles({ limit = 100 }: { limit?: number } = {}) {
  return db
    .select(articleColumns)
    .from(articles)
    .innerJoin(bridges, eq(bridges.id, articles.bridgeId))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
}

export async function getArticleBySlug(slug: string) {
  const [article] = await db
    .select({ ...articleColumns, bridgeId: articles.bridgeId })
    .from(articles)
    .innerJoin(bridges, eq(bridges.id, articles.bridgeId))
    .where(eq(articles.slug, slug))
  return article ?? null
}

/** A position in a thread list: (last activity, id), carried in the URL as "millis.id". */
export type ThreadCursor = { at: Date; id: number }

export function parseCursor(value: string | null): ThreadCursor | null | 'invalid' {
  if (value === null) return null
  const match = /^(\d{1,15})\.(\d{1,10})$/.exec(value)
  if (!match) return 'invalid'
  return { at: new Date(Number(match[1])), id: Number(match[2]) }
}

export function formatCursor(cursor: ThreadCursor) {
  return `${cursor.at.getTime()}.${cursor.id}`
}

/**
 * One page of threads, pinned first (on the first page), then by latest activity. Keyset
 * pagination: "older" continues after the last row, "newer" before the first, so page 500 costs
 * what page 1 costs.
 */
export async function listThreads({
  where,
  older,
  newer,
  pinnedFirst,
}: {
  where: { bridgeId: number } | { articleId: number }
  older?: ThreadCursor | null
  newer?: ThreadCursor | null
  pinnedFirst: boolean
}) {
  const scope = 'bridgeId' in where ? eq(threads.bridgeId, where.bridgeId) : eq(threads.articleId, where.articleId)
  const base: SQL[] = [scope, eq(threads.status, 'visible')]
  // Pinned threads sit above the list on its first page and are left out of the keyset pages.
  if (pinnedFirst) base.push(eq(threads.isPinned, false))
  const columns = {
    id: threads.id,
    title: threads.title,
    isPinned: threads.isPinned,
    isLocked: threads.isLocked,
    replyCount: threads.replyCount,
    lastActivityAt: threads.lastActivityAt,
    lastPostByName: threads.lastPostByName,
    articleSlug: articles.slug,
    articleTitle: articles.title,
  }
  const from = () => db.select(columns).from(threads).leftJoin(articles, eq(articles.id, threads.articleId))

  let rows
  if (newer) {
    rows = await from()
      .where(
        and(
          ...base,
          or(gt(threads.lastActivityAt, newer.at), and(eq(threads.lastActivityAt, newer.at), gt(threads.id, newer.id))),
        ),
      )
      .orderBy(asc(threads.lastActivityAt), asc(threads.id))
      .limit(THREADS_PER_PAGE + 1)
    const hasNewer = rows.length > THREADS_PER_PAGE
    rows = rows.slice(0, THREADS_PER_PAGE).reverse()
    return { pinned: [], threads: rows, hasOlder: true, hasNewer }
  }
  rows = await from()
    .where(
      and(
        ...base,
        older
          ? or(lt(threads.lastActivityAt, older.at), and(eq(threads.lastActivityAt, older.at), lt(threads.id, older.id)))
          : undefined,
      ),
    )
    .orderBy(desc(threads.lastActivityAt), desc(threads.id))
    .limit(THREADS_PER_PAGE + 1)
  const hasOlder = rows.length > THREADS_PER_PAGE
  rows = rows.slice(0, THREADS_PER_PAGE)
  const pinned =
    pinnedFirst && !older
      ? await from()
          .where(and(scope, eq(threads.status, 'visible'), eq(threads.isPinned, true)))
          .orderBy(desc(threads.lastActivityAt), desc(threads.id))
      : []
  return { pinned, threads: rows, hasOlder, hasNewer: Boolean(older) }
}

export function cursorOf(thread: { lastActivityAt: Date; id: number }): string {
  return formatCursor({ at: thread.lastActivityAt, id: thread.id })
}

