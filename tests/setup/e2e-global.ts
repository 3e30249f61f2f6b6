// Browser tests run against the real production server (`scripts/start.ts`) on a fresh database
// with known accounts. Without Chromium they are skipped, and we say so in one line.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { setDatabase } from '../../app/db.server.ts'
import { createUser } from '../../app/auth/accounts.server.ts'
import { seedDatabase } from '../../app/forum/seed.server.ts'
import { updateSetting } from '../../app/settings.server.ts'
import { createTestDatabase, dropTemplate, prepareTemplate } from './test-database.ts'
import { chromiumPath, e2eUsers } from '../e2e/accounts.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string | null
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(chromiumPath)) {
    console.log(`Browser tests skipped: no Chromium at ${chromiumPath}. Install Debian's "chromium" package (apt-get install chromium).`)
    project.provide('baseUrl', null)
    return
  }
  const run = `e2e_${process.pid}_${Date.now().toString(36)}`
  await prepareTemplate(run)
  // PGlite: the server gets the prepared database as its data folder.
  const dataDir = process.env.DATABASE_URL ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'bridges-e2e-'))
  const database = await createTestDatabase(run, `bf_${run}`, { dataDir: dataDir ?? undefined })
  setDatabase(database.db)
  await seedDatabase()
  for (const user of Object.values(e2eUsers)) await createUser(user)
  // The browser tests walk a new member's first posts straight through; new-member review has
  // integration tests of its own.
  await updateSetting('newMemberReviewPosts', 0)
  if (dataDir) await database.close()

  const port = await freePort()
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: 'production',
      ...(dataDir ? { DATA_DIR: dataDir } : { DATABASE_URL: database.url! }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  server.stdout!.on('data', (chunk) => (output += chunk))
  server.stderr!.on('data', (chunk) => (output += chunk))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start in time:\n${output}`)), 180_000)
    const check = setInterval(() => {
      if (output.includes('is running')) {
        clearInterval(check)
        clearTimeout(timer)
        resolve()
      }
    }, 100)
    server.on('exit', (code) => {
      clearInterval(check)
      clearTimeout(timer)
      reject(new Error(`The server exited (${code}):\n${output}`))
    })
  })
  project.provide('baseUrl', `http://localhost:${port}`)

  return async () => {
    server.removeAllListeners('exit')
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
    if (!dataDir) await database.close()
    await dropTemplate(run)
  }
}
