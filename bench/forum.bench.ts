// `npm run bench` (part): list and thread pages at depth, against their shallow counterparts and
// against OFFSET pagination, measured in the same run on the embedded database.
import { max, min, sql } from 'drizzle-orm'
import { threads } from '../db/schema/index.ts'
import { migrateDatabase, openDatabase, setDatabase } from '../app/db.server.ts'
import { seedBridges } from '../app/forum/seed.server.ts'
import { createUser } from '../app/auth/accounts.server.ts'
import * as bridgePage from '../app/routes/b.$bridgeSlug.tsx'
import * as threadPage from '../app/routes/t.$threadId/route.tsx'

const THREADS = 12_525 // 501 pages of 25
const REPLIES = 1_000

async function median(label: string, run: () => Promise<unknown>, iterations = 40) {
  for (let i = 0; i < 5; i++) await run()
  const times: number[] = []
  for (let i = 0; i < iterations; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { label, ms: times[Math.floor(times.length / 2)] }
}

export async function benchForum() {
  console.log('Preparing an embedded database with 12,525 threads and a 1,000-reply thread…')
  const opened = await openDatabase({})
  await migrateDatabase(opened)
  setDatabase(opened.db)
  await seedBridges()
  const user = await createUser({ username: 'bench_user', password: 'bench-password-123' })
  const db = opened.db
  await db.execute(sql`
    insert into threads (bridge_id, title, status, post_seq, reply_count, created_at, last_activity_at)
    select b.id, 'Bench thread ' || g, 'visible', 1, 0, now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
    from generate_series(1, ${THREADS}) g, bridges b where b.slug = 'bridge-3'`)
  await db.execute(sql`
    insert into posts (thread_id, seq, author_id, body_source, body_html)
    select t.id, 1, ${user!.id}, 'Opening post', '<p>Opening post</p>' from threads t`)
  const [range] = await db.select({ first: min(threads.id), last: max(threads.id) }).from(threads)
  const big = range.first!
  const small = range.last!
  await db.execute(sql`
    insert into posts (thread_id, seq, author_id, body_source, body_html)
    select ${big}, g + 1, ${user!.id}, 'Reply ' || g, '<p>Reply ' || g || '</p>' from generate_series(1, ${REPLIES}) g`)
  await db.execute(sql`update threads set post_seq = ${REPLIES + 1}, reply_count = ${REPLIES} where id = ${big}`)
  await db.execute(sql`
    insert into posts (thread_id, seq, author_id, body_source, body_html)
    select ${small}, g + 1, ${user!.id}, 'Reply ' || g, '<p>Reply ' || g || '</p>' from generate_series(1, 10) g`)
  await db.execute(sql`update threads set post_seq = 11, reply_count = 10 where id = ${small}`)
  await db.execute(sql`analyze`)

  const call = (fn: (args: never) => unknown, url: string, params: Record<string, string>) =>
    async () => fn({ request: new Request(`http://localhost${url}`), params, context: {} } as never)

  // The cursor that starts page 501 of the bridge list: found once, outside the timing.
  let url = '/b/bridge-3'
  let deepUrl = url
  for (let page = 1; page <= 500; page++) {
    const data = (await bridgePage.loader({ request: new Request(`http://localhost${url}`), params: { bridgeSlug: 'bridge-3' }, context: {} })) as { olderCursor: string }
    url = `/b/bridge-3?older=${data.olderCursor}`
    deepUrl = url
  }

  const results = [
    await median('bridge list, page 1', call(bridgePage.loader as never, '/b/bridge-3', { bridgeSlug: 'bridge-3' })),
    await median('bridge list, page 501 (keyset)', call(bridgePage.loader as never, deepUrl, { bridgeSlug: 'bridge-3' })),
    await median('page 501 with OFFSET (naive baseline)', async () =>
      db.execute(sql`select id, title, last_activity_at from threads where bridge_id = (select id from bridges where slug = 'bridge-3') and status = 'visible' and not is_pinned order by last_activity_at desc, id desc offset 12500 limit 26`)),
    await median('thread with 10 replies', call(threadPage.loader as never, `/t/${small}`, { threadId: String(small) })),
    await median('thread with 1,000 replies, page 1', call(threadPage.loader as never, `/t/${big}`, { threadId: String(big) })),
    await median('thread with 1,000 replies, page 21', call(threadPage.loader as never, `/t/${big}?page=21`, { threadId: String(big) })),
  ]
  await opened.close()
  return results
}
