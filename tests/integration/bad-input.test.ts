// Bad input never makes a 500: every action of every route (read from the route table, so new
// routes are covered) is sent empty, unknown and malformed forms by a guest, a member, a
// moderator and an admin, and every loader gets malformed query strings. Each answer must be a
// 2xx, 3xx or 4xx, and nothing already stored may be lost.
import fs from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { count } from 'drizzle-orm'
import { posts, threads } from '../../db/schema/index.ts'
import { db } from '../../app/db.server.ts'
import { call, createMember, createTestThread, makeRequest, type TestUser } from '../helpers/forum.ts'
import { expandPattern, paramNames, routeModules } from '../helpers/routes.ts'

let viewers: { label: string; user: TestUser | null }[]
let threadId: number
let postId: number
const failures: string[] = []

const junk = {
  postId: 'abc',
  itemId: '-1',
  itemIds: 'x',
  id: '1e99',
  body: '',
  title: 'x'.repeat(400),
  days: 'forever',
  reason: '',
  preset: 'nope',
  username: '../../etc',
  role: 'god',
  action: 'nuke',
  bridge: 'nope',
  article: 'nope',
  term: '',
  sample: '',
  note: 'n'.repeat(5000),
  redirectTo: '//evil.example',
  password: '',
  anonymous: 'maybe',
}

function intentsIn(file: string) {
  const source = fs.readFileSync(file, 'utf8')
  const found = new Set<string>()
  for (const m of source.matchAll(/case '([a-z_-]+)'/g)) found.add(m[1])
  for (const m of source.matchAll(/name="intent" value="([a-z_-]+)"/g)) found.add(m[1])
  return [...found]
}

async function paramValues(name: string): Promise<string[]> {
  if (/thread/i.test(name)) return [String(threadId), '99999999', 'abc']
  if (/post/i.test(name)) return [String(postId), '99999999', '-3']
  if (/bridge/i.test(name)) return ['intimacy', 'nope']
  if (/article/i.test(name)) return ['nope']
  if (/user|name/i.test(name)) return [viewers[1].user!.username, 'nobody_at_all']
  return ['no/such/page']
}

beforeAll(async () => {
  const member = await createMember()
  viewers = [
    { label: 'guest', user: null },
    { label: 'member', user: member },
    { label: 'moderator', user: await createMember({ role: 'moderator' }) },
    { label: 'admin', user: await createMember({ role: 'admin' }) },
  ]
  const created = await createTestThread({ author: member, replies: [{ author: viewers[3].user!, body: 'A reply to act on.' }] })
  threadId = created.threadId
  postId = created.postId
})

describe('bad input', () => {
  it('never makes a 500 on any action, for anyone, and loses nothing', async () => {
    const [before] = await db.select({ posts: count() }).from(posts)
    let calls = 0
    for (const { pattern, file, module } of await routeModules()) {
      const values: Record<string, string[]> = {}
      for (const name of paramNames(pattern)) values[name] = await paramValues(name)
      for (const { url, params } of expandPattern(pattern, values)) {
        if (module.loader) {
          for (const query of ['?page=abc&older=zz&newer=1.2.3&from=notadate&to=2025-13-45&moderator=%00&action=%ff', '?page=-1', '?page=99999999999']) {
            for (const { label, user } of viewers) {
              calls++
              try {
                const result = await call(module.loader as never, makeRequest(url + query, { user }), params)
                if (result.status >= 500) failures.push(`${label} GET ${url}${query}: ${result.status}`)
              } catch (error) {
                failures.push(`${label} GET ${url}${query}: threw ${String(error)}`)
              }
            }
          }
        }
        if (!module.action) continue
        const forms: Record<string, string>[] = [{}, { intent: 'nonsense' }, junk]
        for (const intent of intentsIn(file)) {
          forms.push({ ...junk, intent })
          forms.push({ ...junk, intent, postId: String(postId), itemId: '99999999', id: '99999999', body: 'ok body', reason: 'r' })
        }
        for (const form of forms) {
          for (const { label, user } of viewers) {
            calls++
            try {
              const result = await call(module.action as never, makeRequest(url, { method: 'POST', form, user }), params)
              if (result.status >= 500) failures.push(`${label} POST ${url} ${JSON.stringify(form).slice(0, 80)}: ${result.status}`)
            } catch (error) {
              failures.push(`${label} POST ${url} ${JSON.stringify(form).slice(0, 80)}: threw ${String(error)}`)
            }
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(200)
    expect(failures).toEqual([])
    const [after] = await db.select({ posts: count() }).from(posts)
    expect(after.posts).toBeGreaterThanOrEqual(before.posts)
    const [thread] = await db.select({ n: count() }).from(threads)
    expect(thread.n).toBeGreaterThan(0)
  })
})
