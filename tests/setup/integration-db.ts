import crypto from 'node:crypto'
import { afterAll, beforeAll, inject } from 'vitest'
import { setDatabase } from '../../app/db.server.ts'
import { seedBridges } from '../../app/forum/seed.server.ts'
import { createTestDatabase } from './test-database.ts'

let close: (() => Promise<void>) | undefined

// Each test file gets its own fresh database with the seven bridges.
beforeAll(async () => {
  const run = inject('testRun')
  const database = await createTestDatabase(run, `bf_test_${run}_${crypto.randomBytes(4).toString('hex')}`)
  setDatabase(database.db)
  await seedBridges()
  close = database.close
})

afterAll(async () => {
  await close?.()
})
