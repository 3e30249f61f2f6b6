// Anonymous posts are shown under a pseudonym that is stable inside one thread and unrelated
// across threads: derived from a keyed hash of (thread, author), never from the author alone.
import crypto from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { threadPseudonyms } from '../../db/schema/index.ts'
import type { Queryable } from '../db.server.ts'
import { keyedHash } from '../settings.server.ts'

const ADJECTIVES = [
  'Amber', 'Azure', 'Brave', 'Bright', 'Calm', 'Candid', 'Cedar', 'Clever', 'Coral', 'Cosy',
  'Curious', 'Dawn', 'Dusky', 'Earnest', 'Ember', 'Fern', 'Gentle', 'Golden', 'Hazel', 'Honest',
  'Hopeful', 'Indigo', 'Ivory', 'Jade', 'Kind', 'Lively', 'Lunar', 'Maple', 'Mellow', 'Misty',
  'Modest', 'Moss', 'Nimble', 'Ochre', 'Olive', 'Opal', 'Patient', 'Plum', 'Quiet', 'Rosy',
  'Russet', 'Sage', 'Sandy', 'Silver', 'Snowy', 'Solar', 'Steady', 'Stormy', 'Sunny', 'Swift',
  'Teal', 'Tender', 'Thoughtful', 'Tidal', 'Velvet', 'Violet', 'Warm', 'Willow', 'Windy', 'Wise',
  'Witty', 'Woolly', 'Zesty', 'Wild',
]
const ANIMALS = [
  'Albatross', 'Badger', 'Beaver', 'Bison', 'Crane', 'Cricket', 'Deer', 'Dolphin', 'Dove', 'Eagle',
  'Egret', 'Falcon', 'Ferret', 'Finch', 'Fox', 'Gazelle', 'Gecko', 'Heron', 'Hedgehog', 'Ibis',
  'Jackal', 'Jay', 'Koala', 'Lark', 'Lemur', 'Lynx', 'Magpie', 'Marten', 'Mole', 'Moose',
  'Newt', 'Ocelot', 'Orca', 'Osprey', 'Otter', 'Owl', 'Panda', 'Pelican', 'Penguin', 'Puffin',
  'Quail', 'Rabbit', 'Raven', 'Robin', 'Salmon', 'Seal', 'Sparrow', 'Squirrel', 'Stork', 'Swan',
  'Tapir', 'Tern', 'Tiger', 'Toucan', 'Turtle', 'Vole', 'Walrus', 'Weasel', 'Whale', 'Wolf',
  'Wombat', 'Wren', 'Yak', 'Zebra',
]
const NAME_COUNT = ADJECTIVES.length * ANIMALS.length

function nameAt(index: number) {
  const i = index % NAME_COUNT
  const round = Math.floor(index / NAME_COUNT)
  const name = `Anonymous ${ADJECTIVES[i % ADJECTIVES.length]} ${ANIMALS[Math.floor(i / ADJECTIVES.length)]}`
  return round === 0 ? name : `${name} ${round + 1}`
}

/** Who is behind an anonymous post, as the input of the keyed hash: a member or a guest cookie. */
export type AuthorIdentity = { userId: string } | { guestId: string }

export function authorKeyFor(secret: string, threadId: number, identity: AuthorIdentity) {
  const who = 'userId' in identity ? `user:${identity.userId}` : `guest:${identity.guestId}`
  return keyedHash(secret, `${threadId}\u0000${who}`)
}

/**
 * The author's pseudonym in this thread, created on first use. Collisions (two authors whose
 * hashes pick the same name) move on to the next free name, guarded by a unique index.
 */
export async function pseudonymFor(
  tx: Queryable,
  { secret, threadId, identity }: { secret: string; threadId: number; identity: AuthorIdentity },
): Promise<string> {
  const authorKey = authorKeyFor(secret, threadId, identity)
  const [existing] = await tx
    .select({ pseudonym: threadPseudonyms.pseudonym })
    .from(threadPseudonyms)
    .where(and(eq(threadPseudonyms.threadId, threadId), eq(threadPseudonyms.authorKey, authorKey)))
  if (existing) return existing.pseudonym

  const start = crypto.createHash('sha256').update(authorKey).digest().readUInt32BE(0) % NAME_COUNT
  for (let attempt = 0; ; attempt++) {
    const pseudonym = nameAt(start + attempt)
    const inserted = await tx
      .insert(threadPseudonyms)
      .values({ threadId, authorKey, pseudonym })
      .onConflictDoNothing()
      .returning({ pseudonym: threadPseudonyms.pseudonym })
    if (inserted.length) return pseudonym
    // Conflict on the name (taken by someone else) or on the key (a concurrent post of ours).
    const [mine] = await tx
      .select({ pseudonym: threadPseudonyms.pseudonym })
      .from(threadPseudonyms)
      .where(and(eq(threadPseudonyms.threadId, threadId), eq(threadPseudonyms.authorKey, authorKey)))
    if (mine) return mine.pseudonym
  }
}
