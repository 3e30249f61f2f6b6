// `npm run db:seed`: loads bridges from content/bridges.json, and the demo content into a forum without threads.
import { openDatabaseFromEnv, setDatabase } from '../app/db.server.ts'
import { seedDatabase } from '../app/forum/seed.server.ts'

try {
  const database = await openDatabaseFromEnv()
  setDatabase(database.db)
  const result = await seedDatabase()
  console.log(`Bridges loaded into ${database.describe}.${result.demo ? ' Demo content loaded.' : ' The forum already has threads: demo content skipped.'}`)
  await database.close()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
