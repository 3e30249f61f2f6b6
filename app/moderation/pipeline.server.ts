// validate → scan → store with a status → queue. This file decides the status and the queue
// entry; the forum's write functions store them in the same transaction as the post.
import { count, eq, sql } from 'drizzle-orm'
import { moderationItems, posts } from '../../db/schema/index.ts'
import { db, type Queryable } from '../db.server.ts'
import { getSettings } from '../settings.server.ts'
import type { ScanReason } from './scan/index.server.ts'
import { getActiveScanner } from './watched-words.server.ts'

export type QueueSource = 'filter' | 'report' | 'new_member' | 'guest'

export type PostDecision =
  | { outcome: 'blocked'; message: string; reasons: ScanReason[] }
  | {
      outcome: 'store'
      status: 'visible' | 'pending'
      scanDecision: 'allow' | 'review'
      reasons: ScanReason[]
      queueSources: QueueSource[]
      urgent: boolean
      /** Shown to the author at once when the post was held for self-harm language. */
      crisisResources: string | null
    }

/**
 * Runs before the write transaction (it reads settings and rules through `db`, which must not be
 * used inside a PGlite transaction).
 */
export async function decidePost({
  text,
  author,
}: {
  text: string
  author: { kind: 'member'; id: string; role: string } | { kind: 'guest' }
}): Promise<PostDecision> {
  const scanner = await getActiveScanner()
  const result = scanner.scan(text)
  if (result.decision === 'block') {
    return {
      outcome: 'blocked',
      message:
        'This post contains words this community does not allow, so it was not posted. Please edit it and try again.',
      reasons: result.reasons,
    }
  }
  const settings = await getSettings()
  const queueSources: QueueSource[] = []
  if (result.decision === 'review') queueSources.push('filter')
  if (author.kind === 'guest') queueSources.push('guest')
  else if (author.role === 'member' && settings.newMemberReviewPosts > 0) {
    const [{ n }] = await db.select({ n: count() }).from(posts).where(eq(posts.authorId, author.id))
    if (n < settings.newMemberReviewPosts) queueSources.push('new_member')
  }
  const selfHarm = result.reasons.some((r) => r.category === 'self_harm')
  return {
    outcome: 'store',
    status: queueSources.length ? 'pending' : 'visible',
    scanDecision: result.decision,
    reasons: result.reasons,
    queueSources,
    urgent: result.urgent,
    crisisResources: selfHarm ? settings.crisisResourcesText : null,
  }
}

/** Opens a queue item for a post, or adds the sources to the one already open (race-free). */
export async function enqueuePost(
  tx: Queryable,
  { postId, bridgeId, sources, urgent }: { postId: number; bridgeId: number; sources: QueueSource[]; urgent: boolean },
) {
  const [item] = await tx
    .insert(moderationItems)
    .values({ postId, bridgeId, sources, urgent })
    .onConflictDoUpdate({
      target: moderationItems.postId,
      targetWhere: sql`${moderationItems.status} = 'open'`,
      set: {
        sources: sql`array(select distinct unnest(${moderationItems.sources} || excluded.sources))`,
        urgent: sql`${moderationItems.urgent} or excluded.urgent`,
      },
    })
    .returning({ id: moderationItems.id })
  return item.id
}
