// The thread page's reads: one query for the thread, one for a page of posts, whatever the
// reply count. Rows are shaped here so the author of an anonymous post never leaves the server.
import { and, between, eq } from 'drizzle-orm'
import { articles, bridges, posts, threads, users } from '../../../db/schema/index.ts'
import { db } from '../../db.server.ts'
import type { SessionUser } from '../../auth/session.server.ts'
import { POSTS_PER_PAGE } from '../../forum/links.ts'


export async function getThreadForPage(threadId: number) {
  const [thread] = await db
    .select({
      id: threads.id,
      title: threads.title,
      status: threads.status,
      isLocked: threads.isLocked,
      isPinned: threads.isPinned,
      postSeq: threads.postSeq,
      replyCount: threads.replyCount,
      createdAt: threads.createdAt,
      bridgeId: bridges.id,
      bridgeSlug: bridges.slug,
      bridgeName: bridges.name,
      bridgeAllowsAnonymous: bridges.allowAnonymous,
      articleSlug: articles.slug,
      articleTitle: articles.title,
      // Opening post: who may see a held thread, and who gets the "(OP)" mark.
      opAuthorId: posts.authorId,
      opGuestKeyHash: posts.guestKeyHash,
      opIsAnonymous: posts.isAnonymous,
      opPseudonym: posts.pseudonym,
    })
    .from(threads)
    .innerJoin(bridges, eq(bridges.id, threads.bridgeId))
    .leftJoin(articles, eq(articles.id, threads.articleId))
    .innerJoin(posts, and(eq(posts.threadId, threads.id), eq(posts.seq, 1)))
    .where(eq(threads.id, threadId))
  return thread ?? null
}

export type ThreadForPage = NonNullable<Awaited<ReturnType<typeof getThreadForPage>>>

export async function getPostRows({ threadId, page }: { threadId: number; page: number }) {
  return db
    .select({
      id: posts.id,
      seq: posts.seq,
      authorId: posts.authorId,
      guestKeyHash: posts.guestKeyHash,
      username: users.username,
      isAnonymous: posts.isAnonymous,
      pseudonym: posts.pseudonym,
      bodyHtml: posts.bodyHtml,
      status: posts.status,
      removalReason: posts.removalReason,
      createdAt: posts.createdAt,
      editedAt: posts.editedAt,
      deletedAt: posts.deletedAt,
    })
    .from(posts)
    .leftJoin(users, eq(users.id, posts.authorId))
    .where(and(eq(posts.threadId, threadId), between(posts.seq, (page - 1) * POSTS_PER_PAGE + 1, page * POSTS_PER_PAGE)))
    .orderBy(posts.seq)
}

type PostRow = Awaited<ReturnType<typeof getPostRows>>[number]

/**
 * What the viewer may see of a post, and nothing more. Held posts are shown only to their author
 * and moderators; removed posts show their reason to the author and "[removed]" to others.
 */
export function shapePostForViewer(
  post: PostRow,
  {
    thread,
    viewer,
    viewerIsModerator,
    viewerGuestKeyHash = null,
  }: { thread: ThreadForPage; viewer: SessionUser | null; viewerIsModerator: boolean; viewerGuestKeyHash?: string | null },
) {
  const isOwn = Boolean(viewer && post.authorId === viewer.id)
  // A guest sees their own held post (matched by their signed cookie), but cannot edit it.
  const isOwnGuestPost = Boolean(!viewer && viewerGuestKeyHash && post.guestKeyHash === viewerGuestKeyHash)
  const base = { id: post.id, seq: post.seq, createdAt: post.createdAt.toISOString() }
  if (post.deletedAt) return { ...base, state: 'deleted' as const }
  if (post.status === 'removed' && !viewerIsModerator) {
    return isOwn
      ? { ...base, state: 'removed' as const, removalReason: post.removalReason, bodyHtml: post.bodyHtml, isOwn }
      : { ...base, state: 'removed' as const }
  }
  if ((post.status === 'pending' || post.status === 'hidden') && !isOwn && !isOwnGuestPost && !viewerIsModerator) return null
  const isOp = post.isAnonymous
    ? thread.opIsAnonymous && post.pseudonym === thread.opPseudonym
    : !thread.opIsAnonymous && post.authorId !== null && post.authorId === thread.opAuthorId
  return {
    ...base,
    state: post.status,
    authorName: post.isAnonymous ? (post.pseudonym ?? 'Anonymous') : (post.username ?? 'Guest'),
    // Only a named author links to a profile; an anonymous post carries no id, link or join date.
    authorUsername: post.isAnonymous ? null : post.username,
    isAnonymous: post.isAnonymous,
    isOp,
    bodyHtml: post.bodyHtml,
    editedAt: post.editedAt?.toISOString() ?? null,
    removalReason: post.status === 'removed' && (isOwn || viewerIsModerator) ? post.removalReason : null,
    isOwn,
  }
}

export type PostForViewer = NonNullable<ReturnType<typeof shapePostForViewer>>
