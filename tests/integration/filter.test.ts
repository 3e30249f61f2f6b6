import { beforeAll, describe, expect, it } from 'vitest'
import { and, eq } from 'drizzle-orm'
import { moderationItems, posts } from '../../db/schema/index.ts'
import { db } from '../../app/db.server.ts'
import { updateSetting } from '../../app/settings.server.ts'
import * as newThread from '../../app/routes/new.tsx'
import * as threadPage from '../../app/routes/t.$threadId/route.tsx'
import * as editPost from '../../app/routes/posts.$postId.edit.tsx'
import * as watchedWordsPage from '../../app/routes/mod.words.tsx'
import { call, createMember, createTestThread, makeRequest, type TestUser } from '../helpers/forum.ts'

let author: TestUser
let reader: TestUser
let moderator: TestUser

const phonePost = 'Text me when you are free, my number is 07700 900 123 and I am around after six.'
const selfHarmPost = "I can't do this anymore. I've written the notes and tonight I'm going to end it."

async function reply(threadId: number, user: TestUser, body: string) {
  return call(threadPage.action as never, makeRequest(`/t/${threadId}`, { method: 'POST', form: { intent: 'reply', body }, user }), { threadId: String(threadId) })
}

async function view(threadId: number, user: TestUser | null, query = '') {
  return call(threadPage.loader as never, makeRequest(`/t/${threadId}${query}`, { user }), { threadId: String(threadId) })
}

beforeAll(async () => {
  await updateSetting('newMemberReviewPosts', 0)
  author = await createMember()
  reader = await createMember()
  moderator = await createMember({ role: 'moderator' })
})

describe('posts the filter holds', () => {
  it('are stored pending with their reasons, visible to the author with a notice and to nobody else', async () => {
    const { threadId } = await createTestThread({ author: reader })
    const result = await reply(threadId, author, phonePost)
    expect(result.status).toBe(302)
    expect(result.location).toMatch(/notice=held/)
    const [stored] = await db.select().from(posts).where(and(eq(posts.threadId, threadId), eq(posts.seq, 2)))
    expect(stored.status).toBe('pending')
    expect(stored.scanDecision).toBe('review')
    expect(JSON.stringify(stored.scanReasons)).toMatch(/personal_info/)
    const [item] = await db.select().from(moderationItems).where(eq(moderationItems.postId, stored.id))
    expect(item.sources).toEqual(['filter'])

    const asAuthor = await view(threadId, author, '?notice=held')
    expect(asAuthor.data.heldNotice).toBe(true)
    expect(asAuthor.data.posts.map((p: { state: string }) => p.state)).toEqual(['visible', 'pending'])
    const asReader = await view(threadId, reader)
    expect(asReader.data.posts).toHaveLength(1)
    const asGuest = await view(threadId, null)
    expect(JSON.stringify(asGuest.data)).not.toContain('900 123')
    const asModerator = await view(threadId, moderator)
    expect(asModerator.data.posts).toHaveLength(2)
  })

  it('a held new thread is not listed and is a 404 for others, readable by its author', async () => {
    const form = { bridge: 'intimacy', title: 'Looking for a friend nearby', body: phonePost }
    const result = await call(newThread.action as never, makeRequest('/new', { method: 'POST', form, user: author }))
    expect(result.status).toBe(302)
    const threadId = Number(/\/t\/(\d+)/.exec(result.location!)![1])
    expect((await view(threadId, author)).status).toBe(200)
    expect((await view(threadId, reader)).status).toBe(404)
    expect((await view(threadId, null)).status).toBe(404)
  })

  it('self-harm language shows crisis resources at once and marks the queue item urgent', async () => {
    const { threadId } = await createTestThread({ author: reader })
    const result = await reply(threadId, author, selfHarmPost)
    expect(result.location).toMatch(/notice=crisis/)
    const page = await view(threadId, author, '?notice=crisis')
    expect(page.data.crisisResources).toMatch(/not alone/)
    const [stored] = await db.select({ id: posts.id }).from(posts).where(and(eq(posts.threadId, threadId), eq(posts.seq, 2)))
    const [item] = await db.select().from(moderationItems).where(eq(moderationItems.postId, stored.id))
    expect(item.urgent).toBe(true)
  })

  it('an edit that adds personal information puts a visible post back into review', async () => {
    const { threadId, postId } = await createTestThread({ author })
    const result = await call(editPost.action as never, makeRequest(`/posts/${postId}/edit`, { method: 'POST', form: { title: 'A thread for testing', body: phonePost }, user: author }), { postId: String(postId) })
    expect(result.status).toBe(302)
    expect((await view(threadId, reader)).status).toBe(404)
  })
})

describe('watched words', () => {
  it('are managed by moderators only', async () => {
    expect((await call(watchedWordsPage.loader as never, makeRequest('/mod/words'))).status).toBe(302)
    expect((await call(watchedWordsPage.loader as never, makeRequest('/mod/words', { user: reader }))).status).toBe(403)
    const add = await call(watchedWordsPage.action as never, makeRequest('/mod/words', { method: 'POST', form: { intent: 'add', term: 'x', action: 'block' }, user: reader }))
    expect(add.status).toBe(403)
    expect((await call(watchedWordsPage.loader as never, makeRequest('/mod/words', { user: moderator }))).status).toBe(200)
  })

  it('reject bad input with a message', async () => {
    const result = await call(watchedWordsPage.action as never, makeRequest('/mod/words', { method: 'POST', form: { intent: 'add', term: ' ', action: 'nuke' }, user: moderator }))
    expect(result.status).toBe(400)
    expect(result.data.errors.term).toBeTruthy()
    expect(result.data.errors.action).toBeTruthy()
  })

  it('a block word added takes effect on the next post: refused, nothing stored, the text kept', async () => {
    const { threadId } = await createTestThread({ author: reader })
    const body = 'Has anyone tried the zorblax method for talking about desire?'
    expect((await reply(threadId, author, body)).status).toBe(302)

    const added = await call(watchedWordsPage.action as never, makeRequest('/mod/words', { method: 'POST', form: { intent: 'add', term: 'Zorblax', action: 'block' }, user: moderator }))
    expect(added.status).toBe(200)
    const tested = await call(watchedWordsPage.action as never, makeRequest('/mod/words', { method: 'POST', form: { intent: 'test', sample: 'a z0rbl4x sample' }, user: moderator }))
    expect(tested.data.result.decision).toBe('block')

    const before = await db.select({ id: posts.id }).from(posts).where(eq(posts.threadId, threadId))
    const refused = await reply(threadId, author, 'Trying the Z.O.R.B.L.A.X method again')
    expect(refused.status).toBe(400)
    expect(refused.data.errors.body).toMatch(/not posted/)
    expect(refused.data.values.body).toBe('Trying the Z.O.R.B.L.A.X method again')
    const after = await db.select({ id: posts.id }).from(posts).where(eq(posts.threadId, threadId))
    expect(after).toHaveLength(before.length)

    const words = await call(watchedWordsPage.loader as never, makeRequest('/mod/words', { user: moderator }))
    const word = words.data.words.find((w: { term: string }) => w.term === 'zorblax')
    await call(watchedWordsPage.action as never, makeRequest('/mod/words', { method: 'POST', form: { intent: 'remove', id: String(word.id) }, user: moderator }))
    expect((await reply(threadId, author, 'zorblax is fine again')).status).toBe(302)
  })

  it('a review word holds the next post for review', async () => {
    await call(watchedWordsPage.action as never, makeRequest('/mod/words', { method: 'POST', form: { intent: 'add', term: 'meet in person', action: 'review' }, user: moderator }))
    const { threadId } = await createTestThread({ author: reader })
    const result = await reply(threadId, author, 'We should MEET   in   person sometime')
    expect(result.location).toMatch(/notice=held/)
  })
})

describe('new members', () => {
  it('have their first posts (setting, default 2) held for review, then post freely', async () => {
    await updateSetting('newMemberReviewPosts', 2)
    const newcomer = await createMember()
    const { threadId } = await createTestThread({ author: reader })
    const first = await reply(threadId, newcomer, 'Hello everyone, first time posting here.')
    const second = await reply(threadId, newcomer, 'And a second message.')
    const third = await reply(threadId, newcomer, 'And a third one.')
    expect(first.location).toMatch(/notice=held/)
    expect(second.location).toMatch(/notice=held/)
    expect(third.location).not.toMatch(/notice=/)
    const ids = await db.select({ id: posts.id, status: posts.status }).from(posts).where(eq(posts.authorId, newcomer.id)).orderBy(posts.id)
    expect(ids.map((p) => p.status)).toEqual(['pending', 'pending', 'visible'])
    const [item] = await db.select().from(moderationItems).where(eq(moderationItems.postId, ids[0].id))
    expect(item.sources).toEqual(['new_member'])
    await updateSetting('newMemberReviewPosts', 0)
  })
})
