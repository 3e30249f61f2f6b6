// Writing threads and posts. Every write runs validate → scan → store with a status → queue, and
// keeps the thread's and bridge's counters correct in the same transaction.
import { and, count, desc, eq, gt, isNull, max, sql } from 'drizzle-orm'
import { bridges, postRevisions, posts, threads, users } from '../../db/schema/index.ts'
import { db, type Queryable } from '../db.server.ts'
import { decidePost, enqueuePost, type PostDecision } from '../moderation/pipeline.server.ts'
import { getSecret } from '../settings.server.ts'
import { renderMarkdown } from './markdown.server.ts'
import { pseudonymFor, type AuthorIdentity } from './pseudonyms.server.ts'

export type PostAuthor =
  | { kind: 'member'; id: string; role: 'member' | 'moderator' | 'admin' }
  | { kind: 'guest'; guestId: string; guestKeyHash: string }

export type WriteResult =
  | { ok: false; blocked: string }
  | { ok: true; threadId: number; postId: number; seq: number; status: 'visible' | 'pending'; crisisResources: string | null }

function identityOf(author: PostAuthor): AuthorIdentity {
  return author.kind === 'member' ? { userId: author.id } : { guestId: author.guestId }
}

/** Recounts a thread's visible replies and last activity (cheap: one indexed range per thread). */
export async function refreshThreadStats(tx: Queryable, threadId: number) {
  const [stats] = await tx
    .select({ replies: count() })
    .from(posts)
    .where(and(eq(posts.threadId, threadId), gt(posts.seq, 1), eq(posts.status, 'visible'), isNull(posts.deletedAt)))
  const [last] = await tx
    .select({
      name: sql<string>`case when ${posts.isAnonymous} then ${posts.pseudonym} else ${users.username} end`,
      createdAt: posts.createdAt,
    })
    .from(posts)
    .leftJoin(users, eq(users.id, posts.authorId))
    .where(and(eq(posts.threadId, threadId), eq(posts.status, 'visible'), isNull(posts.deletedAt)))
    .orderBy(desc(posts.seq))
    .limit(1)
  await tx
    .update(threads)
    .set({
      replyCount: stats.replies,
      lastPostByName: last?.name ?? null,
      // An ISO string, not a Date: postgres.js cannot bind a Date inside a raw sql fragment.
      lastActivityAt: sql`greatest(${threads.createdAt}, ${last?.createdAt?.toISOString() ?? null}::timestamptz)`,
    })
    .where(eq(threads.id, threadId))
}

export async function refreshBridgeStats(tx: Queryable, bridgeId: number) {
  const [stats] = await tx
    .select({ threads: count(), lastAt: max(threads.lastActivityAt) })
    .from(threads)
    .where(and(eq(threads.bridgeId, bridgeId), eq(threads.status, 'visible')))
  await tx.update(bridges).set({ threadCount: stats.threads, lastActivityAt: stats.lastAt }).where(eq(bridges.id, bridgeId))
}

/** Demo content and test fixtures are published as written (`trusted`); everything else is scanned. */
async function decide(author: PostAuthor, text: string, trusted = false): Promise<PostDecision> {
  if (trusted) {
    return { outcome: 'store', status: 'visible', scanDecision: 'allow', reasons: [], queueSources: [], urgent: false, crisisResources: null }
  }
  return decidePost({
    text,
    author: author.kind === 'member' ? { kind: 'member', id: author.id, role: author.role } : { kind: 'guest' },
  })
}

type Decided = Extract<PostDecision, { outcome: 'store' }>

/**
 * Stores a numbered post with its pseudonym, status and scan reasons, queues it when the decision
 * says so, and recounts the thread and bridge — all inside the caller's transaction.
 */
async function storeNewPost(
  tx: Queryable,
  {
    author,
    threadId,
    bridgeId,
    seq,
    body,
    anonymous,
    decision,
    secret,
  }: { author: PostAuthor; threadId: number; bridgeId: number; seq: number; body: string; anonymous: boolean; decision: Decided; secret: string },
): Promise<WriteResult> {
  const pseudonym = anonymous ? await pseudonymFor(tx, { secret, threadId, identity: identityOf(author) }) : null
  const [post] = await tx
    .insert(posts)
    .values({
      threadId,
      seq,
      authorId: author.kind === 'member' ? author.id : null,
      guestKeyHash: author.kind === 'guest' ? author.guestKeyHash : null,
      isAnonymous: anonymous,
      pseudonym,
      bodySource: body,
      bodyHtml: renderMarkdown(body),
      status: decision.status,
      scanDecision: decision.scanDecision,
      scanReasons: decision.reasons,
    })
    .returning({ id: posts.id })
  if (decision.queueSources.length) {
    await enqueuePost(tx, { postId: post.id, bridgeId, sources: decision.queueSources, urgent: decision.urgent })
  }
  await refreshThreadStats(tx, threadId)
  await refreshBridgeStats(tx, bridgeId)
  return { ok: true, threadId, postId: post.id, seq, status: decision.status, crisisResources: decision.crisisResources }
}

export async function createThread({
  author,
  bridgeId,
  articleId,
  title,
  body,
  anonymous,
  trusted,
}: {
  author: PostAuthor
  bridgeId: number
  articleId: number | null
  title: string
  body: string
  anonymous: boolean
  trusted?: boolean
}): Promise<WriteResult> {
  const decision = await decide(author, `${title}\n\n${body}`, trusted)
  if (decision.outcome === 'blocked') return { ok: false, blocked: decision.message }
  // Read before the transaction: inside it only `tx` may be used (PGlite has one connection).
  const secret = anonymous ? await getSecret('pseudonym') : ''
  return db.transaction(async (tx) => {
    const [thread] = await tx
      .insert(threads)
      .values({ bridgeId, articleId, title, status: decision.status, postSeq: 1 })
      .returning({ id: threads.id })
    return storeNewPost(tx, { author, threadId: thread.id, bridgeId, seq: 1, body, anonymous, decision, secret })
  })
}

export async function createReply({
  author,
  threadId,
  bridgeId,
  body,
  anonymous,
  trusted,
}: {
  author: PostAuthor
  threadId: number
  bridgeId: number
  body: string
  anonymous: boolean
  trusted?: boolean
}): Promise<WriteResult> {
  const decision = await decide(author, body, trusted)
  if (decision.outcome === 'blocked') return { ok: false, blocked: decision.message }
  const secret = anonymous ? await getSecret('pseudonym') : ''
  return db.transaction(async (tx) => {
    // Numbering the post locks the thread row, so concurrent replies get consecutive numbers.
    const [thread] = await tx
      .update(threads)
      .set({ postSeq: sql`${threads.postSeq} + 1` })
      .where(eq(threads.id, threadId))
      .returning({ seq: threads.postSeq })
    return storeNewPost(tx, { author, threadId, bridgeId, seq: thread.seq, body, anonymous, decision, secret })
  })
}

/** The post as its author may change it, or null when the post is not theirs (or is gone). */
export async function getOwnPost({ postId, userId }: { postId: number; userId: string }) {
  const [row] = await db
    .select({
      id: posts.id,
      seq: posts.seq,
      threadId: posts.threadId,
      bodySource: posts.bodySource,
      status: posts.status,
      deletedAt: posts.deletedAt,
      threadTitle: threads.title,
      bridgeId: threads.bridgeId,
    })
    .from(posts)
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .where(and(eq(posts.id, postId), eq(posts.authorId, userId)))
  if (!row || row.deletedAt || row.status === 'removed') return null
  return row
}

/** An author edits their own post (and the title, for an opening post); the old text is kept. */
export async function editOwnPost({
  author,
  postId,
  body,
  title,
}: {
  author: Extract<PostAuthor, { kind: 'member' }>
  postId: number
  body: string
  title?: string
}): Promise<WriteResult | null> {
  const post = await getOwnPost({ postId, userId: author.id })
  if (!post) return null
  const isOpening = post.seq === 1
  const decision = await decide(author, isOpening && title ? `${title}\n\n${body}` : body)
  if (decision.outcome === 'blocked') return { ok: false, blocked: decision.message }
  // An edit never makes a held post visible; a visible post that the filter now flags is held.
  const filterHolds = decision.scanDecision === 'review'
  const status = post.status === 'visible' && !filterHolds ? 'visible' : post.status === 'hidden' ? 'hidden' : 'pending'
  const bodyHtml = renderMarkdown(body)

  return db.transaction(async (tx) => {
    await tx.insert(postRevisions).values({ postId, bodySource: post.bodySource, editedById: author.id })
    await tx
      .update(posts)
      .set({ bodySource: body, bodyHtml, editedAt: new Date(), status, scanDecision: decision.scanDecision, scanReasons: decision.reasons })
      .where(eq(posts.id, postId))
    if (isOpening) {
      await tx
        .update(threads)
        .set({ ...(title ? { title } : {}), status })
        .where(eq(threads.id, post.threadId))
    }
    if (filterHolds) {
      await enqueuePost(tx, { postId, bridgeId: post.bridgeId, sources: ['filter'], urgent: decision.urgent })
    }
    await refreshThreadStats(tx, post.threadId)
    await refreshBridgeStats(tx, post.bridgeId)
    return {
      ok: true,
      threadId: post.threadId,
      postId,
      seq: post.seq,
      status: status === 'visible' ? 'visible' : 'pending',
      crisisResources: decision.crisisResources,
    }
  })
}

/** Soft delete by the author: the post shows "[deleted]" and the thread stays readable. */
export async function deleteOwnPost({ userId, postId }: { userId: string; postId: number }) {
  const post = await getOwnPost({ postId, userId })
  if (!post) return null
  await db.transaction(async (tx) => {
    await tx.update(posts).set({ deletedAt: new Date() }).where(eq(posts.id, postId))
    // The thread's last activity may move back, and the bridge's with it.
    await refreshThreadStats(tx, post.threadId)
    await refreshBridgeStats(tx, post.bridgeId)
  })
  return post
}
