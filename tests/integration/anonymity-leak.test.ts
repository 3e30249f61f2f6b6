// The anonymity promise, checked page by page: every route module with a loader (read from the
// Remix route manifest, so a new page is covered without touching this file) is called with every
// value its URL parameters can take in the data (plus made-up ones for the error pages), as a
// second member, as a guest and as a moderator who is not an admin. Everything that would reach
// the browser (loader JSON, thrown error bodies, redirects, meta tags) must not tell who wrote an
// anonymous post.
import { beforeAll, describe, expect, it } from 'vitest'
import { eq, getTableColumns, type Column } from 'drizzle-orm'
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import * as schema from '../../db/schema/index.ts'
import { articles, bridges, posts, threadPseudonyms, threads, users } from '../../db/schema/index.ts'
import { db } from '../../app/db.server.ts'
import { updateSetting } from '../../app/settings.server.ts'
import { createReply, createThread } from '../../app/forum/posts.server.ts'
import { getOrCreateGuest } from '../../app/forum/guests.server.ts'
import { formatDate, formatDateTime } from '../../app/utils/misc.ts'
import { bridgeId, call, createMember, makeRequest, type TestUser } from '../helpers/forum.ts'
import { expandPattern, paramNames, routeModules } from '../helpers/routes.ts'

type Anon = { user: TestUser; joinedAt: Date }
type Viewer = { label: string; cookie: string | null }
type Captured = { url: string; viewer: string; text: string }

const FORBIDDEN_KEYS = ['authorId', 'opAuthorId', 'guestKeyHash', 'opGuestKeyHash', 'authorKey', 'passwordHash']

let anonA: Anon
let anonB: Anon
let viewers: Viewer[]
const markers = new Set<string>() // pseudonyms, anonymous bodies and titles of anonymous threads
const pseudonymsShownPublicly = new Set<string>()
const guestSecrets: string[] = []
const captured: Captured[] = []
const failures: string[] = []

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const wholeWord = (word: string) => new RegExp(`(^|[^A-Za-z0-9_-])${escapeRegExp(word)}($|[^A-Za-z0-9_-])`, 'i')

/** What identifies an anonymous author: none of it may appear next to their anonymous posts. */
function identifiersOf(anon: Anon) {
  const iso = anon.joinedAt.toISOString()
  return {
    always: [anon.user.id, iso, String(anon.joinedAt.getTime())],
    withAnonymousContent: [wholeWord(anon.user.username), `/u/${anon.user.username}`, formatDate(anon.joinedAt), formatDateTime(anon.joinedAt), iso.slice(0, 10)],
  }
}

/** The leaks in one response's serialised text; exported for the self-check below. */
function findLeaks(text: string, { url }: { url: string }): string[] {
  const found: string[] = []
  for (const key of FORBIDDEN_KEYS) if (text.includes(`"${key}"`)) found.push(`field "${key}" is sent`)
  for (const secret of guestSecrets) if (text.includes(secret)) found.push('a guest id or key hash is sent')
  const hasAnonymousContent = [...markers].some((m) => text.includes(m))
  for (const anon of [anonA, anonB]) {
    const ids = identifiersOf(anon)
    const ownProfile = url.split('?')[0].toLowerCase() === `/u/${anon.user.username}`
    for (const value of ids.always) {
      // The join date belongs on the member's own profile page, and only there.
      if (ownProfile && value !== anon.user.id) continue
      if (text.includes(value)) found.push(`${anon.user.username}: "${value}" is sent`)
    }
    if (!hasAnonymousContent) continue
    for (const value of ids.withAnonymousContent) {
      const hit = typeof value === 'string' ? text.includes(value) : value.test(text)
      if (hit) found.push(`${anon.user.username}: ${String(value)} appears next to anonymous content`)
    }
  }
  return found
}

/** Every value a URL parameter can take in the data, plus values that do not exist. */
async function valuesFor(param: string): Promise<string[]> {
  const made = ['99999999', 'no-such-thing']
  const column = async (table: PgTable, col: PgColumn) => (await db.select({ v: col }).from(table)).map((r) => String(r.v))
  if (param === '*') return ['no/such/page', 'u']
  if (/bridge/i.test(param)) return [...(await column(bridges, bridges.slug)), ...made]
  if (/article/i.test(param)) return [...(await column(articles, articles.slug)), ...made]
  if (/thread/i.test(param)) return [...(await column(threads, threads.id)), ...made]
  if (/post/i.test(param)) return [...(await column(posts, posts.id)), ...made]
  if (/user|name/i.test(param)) return [...(await column(users, users.username)), ...made]
  // A parameter this test has not met: try every id of every table with a serial id.
  const ids = new Set<string>()
  for (const table of Object.values(schema)) {
    const columns = getTableColumns(table as PgTable) as Record<string, Column>
    if (columns?.id && columns.id.columnType === 'PgSerial') for (const v of await column(table as PgTable, columns.id as PgColumn)) ids.add(v)
  }
  return [...ids, ...made]
}

beforeAll(async () => {
  await updateSetting('newMemberReviewPosts', 0)
  await updateSetting('guestPosting', true)
  const member = (u: TestUser) => ({ kind: 'member' as const, id: u.id, role: u.role })
  async function makeAnon(username: string, joined: string): Promise<Anon> {
    const user = await createMember({ username })
    const joinedAt = new Date(joined)
    await db.update(users).set({ createdAt: joinedAt }).where(eq(users.id, user.id))
    return { user, joinedAt }
  }
  anonA = await makeAnon('veiled_writer', '2021-03-17T09:26:53.000Z')
  anonB = await makeAnon('hidden_voice', '2020-11-05T17:41:07.000Z')
  const openPoster = await createMember({ username: 'open_poster' })
  const reader = await createMember({ username: 'second_reader' })
  const moderator = await createMember({ username: 'plain_moderator', role: 'moderator' })
  await createMember({ username: 'site_admin', role: 'admin' })
  viewers = [
    { label: 'second member', cookie: reader.cookie },
    { label: 'guest', cookie: null },
    { label: 'moderator', cookie: moderator.cookie },
  ]

  const intimacy = await bridgeId('intimacy')
  const open = await bridgeId('bridge-1')
  const [article] = await db
    .insert(articles)
    .values({
      slug: 'leak-test-article',
      title: 'An article the anonymous thread is about',
      author: 'Blog Author',
      publishedAt: new Date('2025-01-27'),
      url: 'https://example.com/leak-test-article',
      summary: 'Summary.',
      bridgeId: intimacy,
    })
    .returning({ id: articles.id })

  async function thread(author: TestUser, opts: { bridge: number; title: string; body: string; anonymous: boolean; article?: number }) {
    const r = await createThread({ author: member(author), bridgeId: opts.bridge, articleId: opts.article ?? null, title: opts.title, body: opts.body, anonymous: opts.anonymous, trusted: true })
    if (!r.ok) throw new Error('refused')
    if (opts.anonymous) markers.add(opts.title).add(opts.body)
    return r
  }
  async function reply(author: TestUser, threadId: number, bridge: number, body: string, anonymous: boolean) {
    const r = await createReply({ author: member(author), threadId, bridgeId: bridge, body, anonymous, trusted: true })
    if (!r.ok) throw new Error('refused')
    if (anonymous) markers.add(body)
    return r
  }

  // Anonymous content, in the intimacy bridge and under an article.
  const t1 = await thread(anonA.user, { bridge: intimacy, article: article.id, title: 'Marker thread one by an anonymous OP', body: 'marker body alpha from the OP', anonymous: true })
  await reply(anonB.user, t1.threadId, intimacy, 'marker body bravo from another anonymous member', true)
  await reply(openPoster, t1.threadId, intimacy, 'A named reply in the anonymous thread.', false)
  await reply(anonA.user, t1.threadId, intimacy, 'marker body charlie, the OP again', true)
  const t2 = await thread(openPoster, { bridge: intimacy, title: 'A named thread with anonymous replies', body: 'Named opening.', anonymous: false })
  const removed = await reply(anonB.user, t2.threadId, intimacy, 'marker body delta that a moderator removed', true)
  await db.update(posts).set({ status: 'removed', removalReason: 'Personal details' }).where(eq(posts.id, removed.postId))
  const deleted = await reply(anonA.user, t2.threadId, intimacy, 'marker body echo that its author deleted', true)
  await db.update(posts).set({ deletedAt: new Date() }).where(eq(posts.id, deleted.postId))
  const pending = await reply(anonA.user, t2.threadId, intimacy, 'marker body foxtrot awaiting review', true)
  await db.update(posts).set({ status: 'pending' }).where(eq(posts.id, pending.postId))
  await reply(anonA.user, t2.threadId, intimacy, 'marker body golf, the last post of the thread', true)
  // A guest's post (held for review, visible to moderators).
  const guest = await getOrCreateGuest(makeRequest('/'))
  guestSecrets.push(guest.guestId, guest.guestKeyHash)
  // The guest who posted, reading with their cookie: they see their own held post, and nobody else's author.
  viewers.push({ label: 'guest who posted', cookie: guest.setCookie!.split(';')[0] })
  const guestPost = await createReply({ author: { kind: 'guest', ...guest }, threadId: t2.threadId, bridgeId: intimacy, body: 'marker body hotel from a guest', anonymous: true })
  if (!guestPost.ok) throw new Error('refused')
  markers.add('marker body hotel from a guest')

  // The same people posting openly elsewhere, so a leak of their names would be caught.
  const t3 = await thread(anonA.user, { bridge: open, title: 'Veiled writer posting openly', body: 'An open post by name.', anonymous: false })
  await reply(anonB.user, t3.threadId, open, 'Hidden voice replying by name.', false)

  for (const row of await db.select({ pseudonym: threadPseudonyms.pseudonym }).from(threadPseudonyms)) markers.add(row.pseudonym)
  for (const row of await db.select({ pseudonym: posts.pseudonym }).from(posts).where(eq(posts.status, 'visible'))) {
    if (row.pseudonym) pseudonymsShownPublicly.add(row.pseudonym)
  }

  // Walk every page.
  for (const { pattern, module } of await routeModules()) {
    if (!module.loader) continue
    const values: Record<string, string[]> = {}
    for (const name of paramNames(pattern)) values[name] = await valuesFor(name)
    for (const { url, params } of expandPattern(pattern, values)) {
      for (const viewer of viewers) {
        const visit = async (target: string) => {
          try {
            const request = makeRequest(target, { headers: viewer.cookie ? { Cookie: viewer.cookie } : {} })
            const result = await call(module.loader as never, request, params)
            // Titles and meta tags are built from the loader data: include them.
            const meta =
              module.meta && result.status === 200
                ? (module.meta as (args: unknown) => unknown)({ data: result.data, params, location: new URL(`http://localhost${target}`), matches: [], error: undefined })
                : null
            const text = JSON.stringify({ status: result.status, data: result.data, location: result.location, meta })
            return { text, data: result.data }
          } catch (error) {
            // A loader that throws is a 500 for this address: bad input must be a 4xx.
            failures.push(`${viewer.label} ${target}: the loader failed (${String(error)})`)
            return null
          }
        }
        const first = await visit(url)
        if (!first) continue
        captured.push({ url, viewer: viewer.label, text: first.text })
        // Follow the list pagers the page itself offers.
        for (const key of ['olderCursor', 'newerCursor'] as const) {
          const cursor = first.data?.[key]
          if (typeof cursor === 'string') {
            const next = `${url}?${key === 'olderCursor' ? 'older' : 'newer'}=${cursor}`
            const page = await visit(next)
            if (page) captured.push({ url: next, viewer: viewer.label, text: page.text })
          }
        }
      }
    }
  }
})

describe('anonymity leak test', () => {
  it('the checker itself catches a leak', () => {
    const pseudonym = [...pseudonymsShownPublicly][0]
    expect(findLeaks(JSON.stringify({ name: pseudonym, by: anonA.user.username }), { url: '/x' })).not.toEqual([])
    expect(findLeaks(JSON.stringify({ authorId: 'x' }), { url: '/x' })).not.toEqual([])
    expect(findLeaks(JSON.stringify({ id: anonB.user.id }), { url: '/x' })).not.toEqual([])
    expect(findLeaks(JSON.stringify({ joined: anonA.joinedAt }), { url: '/x' })).not.toEqual([])
    expect(findLeaks(JSON.stringify({ name: pseudonym }), { url: '/x' })).toEqual([])
  })

  it('walked every page with a loader, as a member, a guest and a moderator, including error pages', () => {
    expect(failures).toEqual([])
    const urls = new Set(captured.map((c) => c.url))
    for (const expected of ['/', '/b/intimacy', '/articles/leak-test-article', `/u/${anonA.user.username}`, '/no/such/page', '/t/99999999']) {
      expect(urls).toContain(expected)
    }
    expect(captured.some((c) => c.text.includes('"status":404'))).toBe(true)
  })

  it('moderators and the guest who posted see held anonymous posts under their pseudonyms', () => {
    const asModerator = captured.filter((c) => c.viewer === 'moderator').map((c) => c.text).join('\n')
    expect(asModerator).toContain('marker body foxtrot awaiting review')
    expect(asModerator).toContain('marker body hotel from a guest')
    const asGuestAuthor = captured.filter((c) => c.viewer === 'guest who posted').map((c) => c.text).join('\n')
    expect(asGuestAuthor).toContain('marker body hotel from a guest')
    const asGuest = captured.filter((c) => c.viewer === 'guest').map((c) => c.text).join('\n')
    expect(asGuest).not.toContain('marker body hotel from a guest')
    expect(asGuest).not.toContain('marker body foxtrot')
  })

  it('shows the pseudonyms where the anonymous posts are', () => {
    const all = captured.filter((c) => c.viewer === 'guest').map((c) => c.text).join('\n')
    for (const pseudonym of pseudonymsShownPublicly) expect(all).toContain(pseudonym)
    // The thread lists' "last post by" shows the pseudonym.
    const bridgePage = captured.find((c) => c.url === '/b/intimacy' && c.viewer === 'guest')!
    expect([...pseudonymsShownPublicly].some((p) => bridgePage.text.includes(p))).toBe(true)
  })

  it('no page tells who wrote an anonymous post', () => {
    const leaks = captured.flatMap((c) => findLeaks(c.text, c).map((leak) => `${c.viewer} ${c.url}: ${leak}`))
    expect(leaks).toEqual([])
  })
})
