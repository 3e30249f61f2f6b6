import { beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { articles, posts, threads } from '../../db/schema/index.ts'
import { db, queryCounter } from '../../app/db.server.ts'
import { updateSetting } from '../../app/settings.server.ts'
import * as home from '../../app/routes/_index.tsx'
import * as bridgePage from '../../app/routes/b.$bridgeSlug.tsx'
import * as articlePage from '../../app/routes/articles.$articleSlug.tsx'
import * as newThread from '../../app/routes/new.tsx'
import * as threadPage from '../../app/routes/t.$threadId/route.tsx'
import * as editPost from '../../app/routes/posts.$postId.edit.tsx'
import * as notFound from '../../app/routes/$.tsx'
import { bridgeId, call, createMember, createTestThread, makeRequest, type TestUser } from '../helpers/forum.ts'

let alice: TestUser
let bob: TestUser
let articleSlug: string

beforeAll(async () => {
  // These tests are about the forum itself; new-member review has its own tests.
  await updateSetting('newMemberReviewPosts', 0)
  alice = await createMember()
  bob = await createMember()
  const [article] = await db
    .insert(articles)
    .values({
      slug: 'test-article',
      title: 'A test article about intimacy',
      author: 'Test Author',
      publishedAt: new Date('2025-01-27'),
      url: 'https://example.com/test-article',
      summary: 'Summary of the test article.',
      bridgeId: await bridgeId('intimacy'),
    })
    .returning({ slug: articles.slug })
  articleSlug = article.slug
})

describe('browsing', () => {
  it('home lists the seven bridges in order and the newest articles', async () => {
    const result = await call(home.loader as never, makeRequest('/'))
    expect(result.status).toBe(200)
    expect(result.data.bridges.map((b: { position: number }) => b.position)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(result.data.bridges[5].name).toBe('Intimacy')
    expect(result.data.articles.map((a: { slug: string }) => a.slug)).toContain(articleSlug)
  })

  it('unknown bridge, article, thread, page and address are 404s', async () => {
    const { threadId } = await createTestThread({ author: alice })
    expect((await call(bridgePage.loader as never, makeRequest('/b/nope'), { bridgeSlug: 'nope' })).status).toBe(404)
    expect((await call(articlePage.loader as never, makeRequest('/articles/nope'), { articleSlug: 'nope' })).status).toBe(404)
    expect((await call(threadPage.loader as never, makeRequest('/t/999999'), { threadId: '999999' })).status).toBe(404)
    expect((await call(threadPage.loader as never, makeRequest('/t/abc'), { threadId: 'abc' })).status).toBe(404)
    const page2 = await call(threadPage.loader as never, makeRequest(`/t/${threadId}?page=2`), { threadId: String(threadId) })
    expect(page2.status).toBe(404)
    expect((await call(notFound.loader as never, makeRequest('/made/up'))).status).toBe(404)
  })

  it('a malformed list cursor is a 400, not a 500', async () => {
    const result = await call(bridgePage.loader as never, makeRequest('/b/intimacy?older=garbage'), { bridgeSlug: 'intimacy' })
    expect(result.status).toBe(400)
  })

  it('bridge pages paginate by keyset: older and newer pages neither skip nor repeat threads', async () => {
    const id = await bridgeId('bridge-4')
    const created: number[] = []
    for (let i = 0; i < 53; i++) {
      const { threadId } = await createTestThread({ author: alice, bridgeSlug: 'bridge-4', title: `Trust thread number ${i}` })
      created.push(threadId)
    }
    // Same last activity for several threads: the id breaks ties.
    await db.update(threads).set({ lastActivityAt: new Date('2025-06-01T10:00:00Z') }).where(eq(threads.bridgeId, id))
    const seen: number[] = []
    let url = '/b/bridge-4'
    const pages = []
    for (;;) {
      const page = await call(bridgePage.loader as never, makeRequest(url), { bridgeSlug: 'bridge-4' })
      expect(page.status).toBe(200)
      pages.push(page.data)
      seen.push(...page.data.threads.map((t: { id: number }) => t.id))
      if (!page.data.olderCursor) break
      url = `/b/bridge-4?older=${page.data.olderCursor}`
    }
    expect(pages.map((p) => p.threads.length)).toEqual([25, 25, 3])
    expect(new Set(seen).size).toBe(53)
    expect([...seen].sort((a, b) => a - b)).toEqual([...created].sort((a, b) => a - b))
    // "Newer" from the last page gives back the middle page.
    const newer = await call(bridgePage.loader as never, makeRequest(`/b/bridge-4?newer=${pages[2].newerCursor}`), { bridgeSlug: 'bridge-4' })
    expect(newer.data.threads.map((t: { id: number }) => t.id)).toEqual(pages[1].threads.map((t: { id: number }) => t.id))
  })

  it('pinned threads come first on a bridge page', async () => {
    const { threadId } = await createTestThread({ author: alice, bridgeSlug: 'bridge-5', title: 'Please read: house rules' })
    await createTestThread({ author: alice, bridgeSlug: 'bridge-5', title: 'A newer ordinary thread' })
    await db.update(threads).set({ isPinned: true }).where(eq(threads.id, threadId))
    const page = await call(bridgePage.loader as never, makeRequest('/b/bridge-5'), { bridgeSlug: 'bridge-5' })
    expect(page.data.pinned.map((t: { id: number }) => t.id)).toEqual([threadId])
    expect(page.data.threads.map((t: { id: number }) => t.id)).not.toContain(threadId)
  })
})

describe('writing', () => {
  it('a guest who opens "new thread" is sent to log in and back', async () => {
    const result = await call(newThread.loader as never, makeRequest('/new?bridge=intimacy'))
    expect(result.status).toBe(302)
    expect(result.location).toBe('/login?redirectTo=%2Fnew%3Fbridge%3Dintimacy')
  })

  it('invalid input comes back as 400 with an error per field and the text kept', async () => {
    const form = { bridge: '', title: 'Hey', body: 'My carefully written story that must not be lost.' }
    const result = await call(newThread.action as never, makeRequest('/new', { method: 'POST', form, user: alice }))
    expect(result.status).toBe(400)
    expect(result.data.errors.bridge).toBeTruthy()
    expect(result.data.errors.title).toMatch(/at least 5/)
    expect(result.data.values.body).toBe(form.body)
  })

  it('a member starts a thread about an article; it is listed on the bridge and the article with counts', async () => {
    const form = { bridge: 'intimacy', article: articleSlug, title: 'Is casual sex ever really casual?', body: 'After reading the article I wonder **how** others see it.' }
    const result = await call(newThread.action as never, makeRequest('/new', { method: 'POST', form, user: alice }))
    expect(result.status).toBe(302)
    const threadId = Number(/^\/t\/(\d+)/.exec(result.location!)![1])
    const article = await call(articlePage.loader as never, makeRequest(`/articles/${articleSlug}`), { articleSlug })
    expect(article.data.threads.map((t: { id: number }) => t.id)).toContain(threadId)
    const homePage = await call(home.loader as never, makeRequest('/'))
    const intimacy = homePage.data.bridges.find((b: { slug: string }) => b.slug === 'intimacy')
    expect(intimacy.threadCount).toBeGreaterThan(0)
    const page = await call(threadPage.loader as never, makeRequest(`/t/${threadId}`), { threadId: String(threadId) })
    expect(page.data.thread.article.slug).toBe(articleSlug)
    expect(page.data.posts[0].bodyHtml).toContain('<strong>how</strong>')
    expect(page.data.posts[0].authorUsername).toBe(alice.username)
  })

  it('replies appear in order, bump the reply count, and record who posted last', async () => {
    const { threadId } = await createTestThread({ author: alice })
    for (const body of ['First reply', 'Second reply']) {
      const result = await call(threadPage.action as never, makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'reply', body }, user: bob }), { threadId: String(threadId) })
      expect(result.status).toBe(302)
    }
    const page = await call(threadPage.loader as never, makeRequest(`/t/${threadId}`), { threadId: String(threadId) })
    expect(page.data.posts.map((p: { bodyHtml: string }) => p.bodyHtml)).toEqual(['<p>Opening post body</p>\n', '<p>First reply</p>\n', '<p>Second reply</p>\n'])
    expect(page.data.thread.replyCount).toBe(2)
    const [row] = await db.select({ lastPostByName: threads.lastPostByName }).from(threads).where(eq(threads.id, threadId))
    expect(row.lastPostByName).toBe(bob.username)
  })

  it('raw HTML in a post is shown as text and links get rel="nofollow ugc noopener"', async () => {
    const { threadId } = await createTestThread({ author: alice })
    const body = '<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) [site](https://example.org)'
    await call(threadPage.action as never, makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'reply', body }, user: bob }), { threadId: String(threadId) })
    // Viewed by its author, who sees it even if the filter held the link for review.
    const page = await call(threadPage.loader as never, makeRequest(`/t/${threadId}`, { user: bob }), { threadId: String(threadId) })
    const html: string = page.data.posts[1].bodyHtml
    expect(html).not.toMatch(/<script|<img|href="javascript/i)
    expect(html).toContain('&lt;script&gt;')
    expect(html).toContain('<a href="https://example.org" rel="nofollow ugc noopener">site</a>')
  })

  it('a locked thread refuses replies with a clear message and keeps the text', async () => {
    const { threadId } = await createTestThread({ author: alice })
    await db.update(threads).set({ isLocked: true }).where(eq(threads.id, threadId))
    const result = await call(threadPage.action as never, makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'reply', body: 'Can I still reply?' }, user: bob }), { threadId: String(threadId) })
    expect(result.status).toBe(403)
    expect(result.data.errors.form).toMatch(/locked/)
    expect(result.data.values.body).toBe('Can I still reply?')
    const page = await call(threadPage.loader as never, makeRequest(`/t/${threadId}`), { threadId: String(threadId) })
    expect(page.data.thread.isLocked).toBe(true)
  })

  it('an empty or oversized reply is a 400 with a message; nothing is stored', async () => {
    const { threadId } = await createTestThread({ author: alice })
    for (const body of ['   ', 'x'.repeat(20_001)]) {
      const result = await call(threadPage.action as never, makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'reply', body }, user: bob }), { threadId: String(threadId) })
      expect(result.status).toBe(400)
      expect(result.data.errors.body).toBeTruthy()
    }
    const stored = await db.select({ id: posts.id }).from(posts).where(eq(posts.threadId, threadId))
    expect(stored).toHaveLength(1)
  })

  it('authors edit their posts (marked edited); nobody else can', async () => {
    const { threadId, postId } = await createTestThread({ author: alice, title: 'Original title here' })
    const bobTries = await call(editPost.action as never, makeRequest(`/posts/${postId}/edit`, { method: 'POST', form: { body: 'hijacked', title: 'Hijacked title' }, user: bob }), { postId: String(postId) })
    expect(bobTries.status).toBe(404)
    const result = await call(editPost.action as never, makeRequest(`/posts/${postId}/edit`, { method: 'POST', form: { body: 'Better wording', title: 'A clearer title' }, user: alice }), { postId: String(postId) })
    expect(result.status).toBe(302)
    const page = await call(threadPage.loader as never, makeRequest(`/t/${threadId}`), { threadId: String(threadId) })
    expect(page.data.thread.title).toBe('A clearer title')
    expect(page.data.posts[0].bodyHtml).toContain('Better wording')
    expect(page.data.posts[0].editedAt).toBeTruthy()
  })

  it('authors delete their posts: "[deleted]" shows and the thread stays readable', async () => {
    const { threadId } = await createTestThread({ author: alice, replies: [{ author: bob, body: 'Reply to delete' }, { author: alice, body: 'Reply that stays' }] })
    const before = await call(threadPage.loader as never, makeRequest(`/t/${threadId}`, { user: bob }), { threadId: String(threadId) })
    const bobsPost = before.data.posts[1]
    expect(bobsPost.isOwn).toBe(true)
    const aliceTries = await call(threadPage.action as never, makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'delete', postId: String(bobsPost.id) }, user: alice }), { threadId: String(threadId) })
    expect(aliceTries.status).toBe(403)
    const result = await call(threadPage.action as never, makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'delete', postId: String(bobsPost.id) }, user: bob }), { threadId: String(threadId) })
    expect(result.status).toBe(302)
    const after = await call(threadPage.loader as never, makeRequest(`/t/${threadId}`), { threadId: String(threadId) })
    expect(after.data.posts[1]).toEqual({ id: bobsPost.id, seq: 2, createdAt: bobsPost.createdAt, state: 'deleted' })
    expect(after.data.posts[2].bodyHtml).toContain('Reply that stays')
    expect(after.data.thread.replyCount).toBe(1)
  })
})

describe('thread page cost', () => {
  async function threadWithReplies(count: number) {
    const { threadId } = await createTestThread({ author: alice })
    const rows = Array.from({ length: count }, (_, i) => ({
      threadId,
      seq: i + 2,
      authorId: i % 2 ? alice.id : bob.id,
      isAnonymous: false,
      bodySource: `reply ${i}`,
      bodyHtml: `<p>reply ${i}</p>`,
    }))
    for (let i = 0; i < rows.length; i += 500) await db.insert(posts).values(rows.slice(i, i + 500))
    await db.update(threads).set({ postSeq: count + 1, replyCount: count }).where(eq(threads.id, threadId))
    return threadId
  }

  async function queriesFor(threadId: number, page = 1) {
    const request = makeRequest(`/t/${threadId}?page=${page}`, { user: bob })
    const before = queryCounter.count
    const result = await call(threadPage.loader as never, request, { threadId: String(threadId) })
    expect(result.status).toBe(200)
    return { queries: queryCounter.count - before, posts: result.data.posts.length }
  }

  it('costs the same number of SQL queries with 10 and with 1,000 replies', async () => {
    const small = await queriesFor(await threadWithReplies(10))
    const bigThread = await threadWithReplies(1000)
    const big = await queriesFor(bigThread)
    const lastPage = await queriesFor(bigThread, 21)
    expect(small.posts).toBe(11)
    expect(big.posts).toBe(50)
    expect(lastPage.posts).toBe(1)
    expect(big.queries).toBe(small.queries)
    expect(lastPage.queries).toBe(small.queries)
    expect(small.queries).toBeLessThanOrEqual(4)
  })
})
