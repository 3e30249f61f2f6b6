// Profile pages show only what a member posted under their own name: anonymous posts never
// appear here and never count towards any figure shown.
import { and, count, desc, eq, isNull, max, sql } from 'drizzle-orm'
import { posts, threads, users } from '../../db/schema/index.ts'
import { db } from '../db.server.ts'

const publicNamedPosts = (userId: string) =>
  and(
    eq(posts.authorId, userId),
    eq(posts.isAnonymous, false),
    eq(posts.status, 'visible'),
    isNull(posts.deletedAt),
    eq(threads.status, 'visible'),
  )

export async function getProfile(username: string) {
  const [user] = await db
    .select({ id: users.id, username: users.username, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.toLowerCase()))
  if (!user) return null
  const where = publicNamedPosts(user.id)
  const [stats] = await db
    .select({
      postCount: count(),
      threadCount: sql<number>`count(*) filter (where ${posts.seq} = 1)`.mapWith(Number),
      lastActiveAt: max(posts.createdAt),
    })
    .from(posts)
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .where(where)
  const recent = await db
    .select({ threadId: threads.id, threadTitle: threads.title, seq: posts.seq, createdAt: posts.createdAt })
    .from(posts)
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .where(where)
    .orderBy(desc(posts.createdAt))
    .limit(30)
  return {
    username: user.username,
    role: user.role,
    joinedAt: user.createdAt,
    threadCount: stats.threadCount,
    replyCount: stats.postCount - stats.threadCount,
    lastActiveAt: stats.lastActiveAt,
    recent: recent.map((r) => ({ ...r, isThread: r.seq === 1 })),
  }
}
