// Revealing who wrote an anonymous post: admins only, one post at a time, with a written reason,
// and the audit entry is written in the same transaction that reads the author, so no reveal can
// happen without its record.
import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import { posts, threads, users } from '../../db/schema/index.ts'
import { db } from '../db.server.ts'
import { writeAudit } from './audit.server.ts'

export const RevealSchema = z.object({
  reason: z
    .string({ required_error: 'Write why you need to know who wrote this post.' })
    .trim()
    .min(10, 'Write why you need to know who wrote this post (at least 10 characters).')
    .max(1000, 'The reason can be at most 1,000 characters.'),
})

/** What the admin sees before revealing: the post, under its pseudonym, and nothing about its author. */
export async function getAnonymousPostForReveal(postId: number) {
  const [post] = await db
    .select({
      id: posts.id,
      seq: posts.seq,
      threadId: posts.threadId,
      threadTitle: threads.title,
      pseudonym: posts.pseudonym,
      bodySource: posts.bodySource,
      status: posts.status,
      createdAt: posts.createdAt,
    })
    .from(posts)
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .where(and(eq(posts.id, postId), eq(posts.isAnonymous, true)))
  return post ?? null
}

export type RevealedAuthor = { kind: 'member'; username: string; role: string } | { kind: 'guest' }

export async function revealAuthor({
  postId,
  actorId,
  reason,
}: {
  postId: number
  actorId: string
  reason: string
}): Promise<RevealedAuthor | null> {
  return db.transaction(async (tx) => {
    const [post] = await tx
      .select({ id: posts.id, threadId: posts.threadId, authorId: posts.authorId, username: users.username, role: users.role })
      .from(posts)
      .leftJoin(users, eq(users.id, posts.authorId))
      .where(and(eq(posts.id, postId), eq(posts.isAnonymous, true)))
    if (!post) return null
    await writeAudit(tx, {
      actorId,
      action: 'reveal_author',
      postId,
      targetUserId: post.authorId,
      reason,
      details: { threadId: post.threadId, authorKind: post.authorId ? 'member' : 'guest' },
    })
    return post.username && post.role ? { kind: 'member' as const, username: post.username, role: post.role } : { kind: 'guest' as const }
  })
}
