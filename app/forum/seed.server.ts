// Loads the bridges (always, from content/bridges.json) and the demo content (only into a forum
// that has no threads yet).
import fs from 'node:fs'
import path from 'node:path'
import { count, eq, sql } from 'drizzle-orm'
import { articles, bridges, threads, users } from '../../db/schema/index.ts'
import { db } from '../db.server.ts'
import { createUser, findUserByUsername, type Role } from '../auth/accounts.server.ts'
import { createReply, createThread } from './posts.server.ts'

type BridgeContent = { slug: string; name: string; description: string }
type DemoContent = {
  users: { username: string; password: string; role: Role }[]
  articles: { slug: string; title: string; author: string; publishedAt: string; url: string; bridge: string; summary: string }[]
  threads: {
    bridge: string
    article: string | null
    author: string
    anonymous: boolean
    title: string
    body: string
    replies: { author: string; anonymous: boolean; body: string }[]
  }[]
}

const contentDir = path.join(process.cwd(), 'content')
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(contentDir, file), 'utf8'))

export function demoLogins() {
  return readJson<DemoContent>('demo.json').users.map(({ username, password, role }) => ({ username, password, role }))
}

export async function seedBridges() {
  const { bridges: content } = readJson<{ bridges: BridgeContent[] }>('bridges.json')
  // Positions are unique: move existing ones out of the way before writing the new order.
  await db.transaction(async (tx) => {
    await tx.update(bridges).set({ position: sql`${bridges.position} + 1000` })
    for (const [index, bridge] of content.entries()) {
      await tx
        .insert(bridges)
        .values({ ...bridge, position: index + 1 })
        .onConflictDoUpdate({ target: bridges.slug, set: { name: bridge.name, description: bridge.description, position: index + 1 } })
    }
  })
  return content.length
}

/** Seeds bridges, and the demo content when the forum has no threads. Returns what it did. */
export async function seedDatabase() {
  await seedBridges()
  const [{ n }] = await db.select({ n: count() }).from(threads)
  if (n > 0) return { demo: false }
  const demo = readJson<DemoContent>('demo.json')
  const bridgeIds = new Map((await db.select({ id: bridges.id, slug: bridges.slug }).from(bridges)).map((b) => [b.slug, b.id]))
  const userIds = new Map<string, { id: string; role: Role }>()
  for (const user of demo.users) {
    const existing = (await findUserByUsername(user.username)) ?? (await createUser(user))
    if (!existing) throw new Error(`Could not create demo user ${user.username}`)
    await db.update(users).set({ role: user.role }).where(eq(users.id, existing.id))
    userIds.set(user.username, { id: existing.id, role: user.role })
  }
  const articleIds = new Map<string, number>()
  for (const article of demo.articles) {
    const [row] = await db
      .insert(articles)
      .values({ ...article, publishedAt: new Date(article.publishedAt), bridgeId: bridgeIds.get(article.bridge)! })
      .onConflictDoUpdate({ target: articles.slug, set: { title: article.title } })
      .returning({ id: articles.id })
    articleIds.set(article.slug, row.id)
  }
  const member = (username: string) => ({ kind: 'member' as const, ...userIds.get(username)! })
  for (const thread of demo.threads) {
    const bridgeId = bridgeIds.get(thread.bridge)!
    const created = await createThread({
      author: member(thread.author),
      bridgeId,
      articleId: thread.article ? articleIds.get(thread.article)! : null,
      title: thread.title,
      body: thread.body,
      anonymous: thread.anonymous,
      trusted: true,
    })
    if (!created.ok) throw new Error('Demo thread was refused')
    for (const reply of thread.replies) {
      await createReply({ author: member(reply.author), threadId: created.threadId, bridgeId, body: reply.body, anonymous: reply.anonymous, trusted: true })
    }
  }
  return { demo: true }
}
