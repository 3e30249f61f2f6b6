import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import * as signup from '../../app/routes/signup.tsx'
import * as login from '../../app/routes/login.tsx'
import * as logout from '../../app/routes/logout.tsx'
import * as root from '../../app/root.tsx'
import * as threadPage from '../../app/routes/t.$threadId/route.tsx'
import { call, createMember, createTestThread, makeRequest } from '../helpers/forum.ts'

function cookieFrom(result: { headers: Headers }) {
  const setCookie = result.headers.get('Set-Cookie') ?? ''
  return { raw: setCookie, pair: setCookie.split(';')[0] }
}

describe('sign up, log in, log out', () => {
  it('signs up a member, starts a session and redirects only within the site', async () => {
    const result = await call(signup.action as never, makeRequest('/signup', { method: 'POST', form: { username: 'New_Reader', password: 'a-good-long-passphrase', redirectTo: 'https://evil.example/' } }))
    expect(result.status).toBe(302)
    expect(result.location).toBe('/')
    const cookie = cookieFrom(result)
    expect(cookie.raw).toMatch(/HttpOnly/i)
    expect(cookie.raw).toMatch(/SameSite=Lax/i)
    const me = await call(root.loader as never, makeRequest('/', { headers: { Cookie: cookie.pair } }))
    expect(me.data.user).toEqual({ username: 'new_reader', role: 'member' })
  })

  it('refuses taken (case-insensitively), malformed and weak sign-ups with a message per field', async () => {
    await call(signup.action as never, makeRequest('/signup', { method: 'POST', form: { username: 'taken_name', password: 'a-good-long-passphrase' } }))
    const taken = await call(signup.action as never, makeRequest('/signup', { method: 'POST', form: { username: 'TAKEN_NAME', password: 'another-long-passphrase' } }))
    expect(taken.status).toBe(400)
    expect(taken.data.errors.username).toMatch(/taken/)
    const bad = await call(signup.action as never, makeRequest('/signup', { method: 'POST', form: { username: 'no spaces!', password: 'short' } }))
    expect(bad.status).toBe(400)
    expect(bad.data.errors.username).toMatch(/a–z/)
    expect(bad.data.errors.password).toMatch(/10 characters/)
    expect(bad.data.username).toBe('no spaces!')
    const common = await call(signup.action as never, makeRequest('/signup', { method: 'POST', form: { username: 'someone', password: '1234567890' } }))
    expect(common.data.errors.password).toMatch(/common/)
    const tooShortName = await call(signup.action as never, makeRequest('/signup', { method: 'POST', form: { username: 'ab', password: 'a-good-long-passphrase' } }))
    expect(tooShortName.data.errors.username).toMatch(/3 to 24/)
  })

  it('gives one message for an unknown user and a wrong password', async () => {
    await call(signup.action as never, makeRequest('/signup', { method: 'POST', form: { username: 'real_user', password: 'the-right-passphrase' } }))
    const unknown = await call(login.action as never, makeRequest('/login', { method: 'POST', form: { username: 'nobody_here', password: 'the-right-passphrase' } }))
    const wrong = await call(login.action as never, makeRequest('/login', { method: 'POST', form: { username: 'real_user', password: 'the-wrong-passphrase' } }))
    expect(unknown.status).toBe(400)
    expect(wrong.status).toBe(400)
    expect(unknown.data.error).toBe(wrong.data.error)
    const ok = await call(login.action as never, makeRequest('/login', { method: 'POST', form: { username: 'REAL_USER', password: 'the-right-passphrase', redirectTo: '/b/intimacy' } }))
    expect(ok.status).toBe(302)
    expect(ok.location).toBe('/b/intimacy')

    const cookie = cookieFrom(ok).pair
    const out = await call(logout.action as never, makeRequest('/logout', { method: 'POST', headers: { Cookie: cookie } }))
    expect(out.status).toBe(302)
    const after = await call(root.loader as never, makeRequest('/', { headers: { Cookie: cookie } }))
    expect(after.data.user).toBeNull()
  })
})

describe('a malformed Cookie header', () => {
  it('counts as signed out, not as a server error', async () => {
    const headers = { Cookie: 'bf_session=%E0%A4%A; bf_guest=%zz' }
    const me = await call(root.loader as never, makeRequest('/', { headers }))
    expect(me.status).toBe(200)
    expect(me.data.user).toBeNull()
    const out = await call(logout.action as never, makeRequest('/logout', { method: 'POST', headers }))
    expect(out.status).toBe(302)
    // The thread page also reads the guest cookie.
    const author = await createMember()
    const { threadId } = await createTestThread({ author })
    const page = await call(threadPage.loader as never, makeRequest(`/t/${threadId}`, { headers }), { threadId: String(threadId) })
    expect(page.status).toBe(200)
  })
})

describe('password guessing', () => {
  it('is slowed down per username: after 10 failures in 15 minutes even the right password gets a 429 and a clear message', async () => {
    await call(signup.action as never, makeRequest('/signup', { method: 'POST', form: { username: 'guessed_user', password: 'the-right-passphrase' } }))
    const attempt = (password: string) =>
      call(login.action as never, makeRequest('/login', { method: 'POST', form: { username: 'guessed_user', password } }), {}, { clientAddress: '203.0.113.9' })
    for (let i = 0; i < 10; i++) expect((await attempt(`wrong-guess-${i}`)).status).toBe(400)
    const blocked = await attempt('the-right-passphrase')
    expect(blocked.status).toBe(429)
    expect(blocked.data.error).toMatch(/Too many login attempts/)
    expect(blocked.headers.get('Retry-After')).toMatch(/^\d+$/)
  })
})

describe('npm run user:create', () => {
  const run = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user-create.ts', ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 })

  it('creates the first admin, and refuses to touch an embedded database that a server has open', async () => {
    const env: Record<string, string> = process.env.DATABASE_URL ? {} : { DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'bf-user-create-')) }
    const username = `admin_${Date.now().toString(36)}`
    const created = run(['--username', username, '--role', 'admin', '--password', 'a-long-admin-passphrase'], env)
    expect(created.stderr).not.toMatch(/Error/)
    expect(created.stdout).toContain(`Created admin ${username}`)
    expect(created.status).toBe(0)

    const badRole = run(['--username', username, '--role', 'owner'], env)
    expect(badRole.status).toBe(1)
    expect(badRole.stderr).toMatch(/--role must be/)

    if (env.DATA_DIR) {
      // A live process holds the lock, as the server does while it runs.
      fs.writeFileSync(path.join(env.DATA_DIR, 'server.lock'), String(process.pid))
      const refused = run(['--username', 'second_admin', '--role', 'admin', '--password', 'a-long-admin-passphrase'], env)
      expect(refused.status).toBe(1)
      expect(refused.stderr).toMatch(/open in another process/)
      fs.rmSync(env.DATA_DIR, { recursive: true, force: true })
    }
  })
})
