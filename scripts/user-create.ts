// `npm run user:create -- --username NAME --role admin [--password PW]`: creates a user with a role,
// or gives an existing user that role. Without --password it asks on the terminal (or reads stdin).
import { parseArgs } from 'node:util'
import readline from 'node:readline/promises'
import { openDatabaseFromEnv, setDatabase } from '../app/db.server.ts'
import { createUser, findUserByUsername, passwordProblem, setUserRole, type Role } from '../app/auth/accounts.server.ts'
import { UsernameSchema } from '../app/forum/schemas.ts'

const { values } = parseArgs({
  options: { username: { type: 'string' }, role: { type: 'string', default: 'member' }, password: { type: 'string' } },
})

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const username = UsernameSchema.safeParse(values.username ?? '')
if (!username.success) fail(`--username: ${username.error.issues[0].message}`)
const role = values.role as Role
if (!['member', 'moderator', 'admin'].includes(role)) fail('--role must be member, moderator or admin.')

let database
try {
  database = await openDatabaseFromEnv()
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}
setDatabase(database.db)
const existing = await findUserByUsername(username.data)
if (existing) {
  await setUserRole({ userId: existing.id, role })
  console.log(`${existing.username} is now ${role}.`)
} else {
  let password = values.password
  if (!password) {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr })
    password = await rl.question('Password (at least 10 characters): ')
    rl.close()
  }
  const problem = passwordProblem(password)
  if (problem) {
    await database.close()
    fail(problem)
  }
  await createUser({ username: username.data, password, role })
  console.log(`Created ${role} ${username.data}.`)
}
await database.close()
