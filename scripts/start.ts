// `npm start`: builds when needed, opens and migrates the database, seeds an empty one, serves.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { count } from 'drizzle-orm'
import { bridges } from '../db/schema/index.ts'
import { openDatabaseFromEnv, setDatabase } from '../app/db.server.ts'
import { demoLogins, seedDatabase } from '../app/forum/seed.server.ts'
import { getActiveScanner } from '../app/moderation/watched-words.server.ts'
import { loadDefaultModel, modelPath } from '../app/moderation/scan/model.server.ts'
import { createApp } from './server.ts'

process.env.NODE_ENV ??= 'production'
const root = process.cwd()
const buildFile = path.join(root, 'build/index.js')

function newestSourceTime() {
  let newest = 0
  const visit = (entry: string) => {
    const stat = fs.statSync(entry)
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child))
    else newest = Math.max(newest, stat.mtimeMs)
  }
  for (const entry of ['app', 'db/schema', 'remix.config.js', 'package.json']) visit(path.join(root, entry))
  return newest
}

if (!fs.existsSync(buildFile) || fs.statSync(buildFile).mtimeMs < newestSourceTime()) {
  console.log('Building the production bundle (the sources changed or there is no build yet)…')
  execFileSync(process.execPath, [path.join(root, 'node_modules/@remix-run/dev/dist/cli.js'), 'build'], { stdio: 'inherit' })
}

console.log('Opening and migrating the database (the embedded one takes ~10 s on a first start)…')
const database = await openDatabaseFromEnv()
setDatabase(database.db)
const [{ n }] = await database.db.select({ n: count() }).from(bridges)
if (n === 0) {
  console.log('Empty database: loading the bridges and the demo content…')
  await seedDatabase()
}

// Compile the moderation rules now rather than on the first post (the build finds them on globalThis).
await getActiveScanner()
if (!loadDefaultModel()) {
  console.warn(`Warning: no usable learned moderation layer at ${modelPath()}; posts are scanned by the rules alone, which hold far less of what needs review.`)
}

const build = await import(pathToFileURL(buildFile).href)
const port = Number(process.env.PORT ?? 3000)
const server = createApp(build).listen(port, process.env.HOST ?? '127.0.0.1', () => {
  console.log(`\nBridges Forum is running on ${database.describe}: http://localhost:${port}/`)
  console.log('Demo logins:')
  for (const login of demoLogins()) console.log(`  ${login.role.padEnd(9)} ${login.username} / ${login.password}`)
  console.log('Create an admin: npm run user:create -- --username NAME --role admin (stop the server first on the embedded database)\n')
})

server.on('error', async (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is already in use. Stop the other server or start this one with PORT=<another port> npm start.`
      : `The server could not start: ${error.message}`,
  )
  await database.close()
  process.exit(1)
})

async function shutdown() {
  server.close()
  await database.close()
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
