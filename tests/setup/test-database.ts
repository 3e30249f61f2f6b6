// Test databases: PGlite started from a migrated dump (fast), or a fresh PostgreSQL database
// cloned from a migrated template when DATABASE_URL is set.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import postgres from 'postgres'
import { migrateDatabase, openDatabase } from '../../app/db.server.ts'

const dumpFile = (run: string) => path.join(os.tmpdir(), `bridges-forum-test-${run}.tar.gz`)

export function adminUrl(databaseUrl: string, database: string) {
  const url = new URL(databaseUrl)
  url.pathname = `/${database}`
  return url.toString()
}

export const templateName = (run: string) => `bf_template_${run}`

/** Prepares what each test file starts from: a PGlite dump, or a PostgreSQL template database. */
export async function prepareTemplate(run: string) {
  const databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} })
    await admin.unsafe(`drop database if exists ${templateName(run)}`)
    await admin.unsafe(`create database ${templateName(run)}`)
    await admin.end()
    const opened = await openDatabase({ url: adminUrl(databaseUrl, templateName(run)) })
    await migrateDatabase(opened)
    await opened.close()
    return
  }
  const opened = await openDatabase({})
  await migrateDatabase(opened)
  const client = (opened.db as unknown as { $client: { dumpDataDir(c: 'gzip'): Promise<Blob> } }).$client
  const dump = await client.dumpDataDir('gzip')
  fs.writeFileSync(dumpFile(run), Buffer.from(await dump.arrayBuffer()))
  await opened.close()
}

export async function dropTemplate(run: string) {
  const databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} })
    await admin.unsafe(`drop database if exists ${templateName(run)}`)
    await admin.end()
  } else {
    fs.rmSync(dumpFile(run), { force: true })
  }
}

/** A fresh, migrated, empty database for one test file (or the browser tests' server). */
export async function createTestDatabase(run: string, name: string, { dataDir }: { dataDir?: string } = {}) {
  const databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} })
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.unsafe(`create database ${name} template ${templateName(run)}`)
        break
      } catch (error) {
        // Two files cloning the template at the same moment: try again shortly.
        if (attempt > 20) throw error
        await new Promise((r) => setTimeout(r, 200 + Math.random() * 300))
      }
    }
    await admin.end()
    const opened = await openDatabase({ url: adminUrl(databaseUrl, name) })
    return {
      ...opened,
      url: adminUrl(databaseUrl, name),
      close: async () => {
        await opened.close()
        const dropper = postgres(databaseUrl, { max: 1, onnotice: () => {} })
        await dropper.unsafe(`drop database if exists ${name} with (force)`)
        await dropper.end()
      },
    }
  }
  const loadDataDir = new Blob([fs.readFileSync(dumpFile(run))])
  const opened = await openDatabase({ loadDataDir, dataDir })
  return { ...opened, url: null }
}
