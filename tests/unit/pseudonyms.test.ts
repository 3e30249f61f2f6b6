import { describe, expect, it } from 'vitest'
import { authorKeyFor } from '../../app/forum/pseudonyms.server.ts'
import { clientAddressOf } from '../../app/forum/guests.server.ts'

describe('pseudonym keys', () => {
  const secret = 'a-test-secret-that-is-long-enough'
  it('are stable for one author in one thread, and differ across threads, authors and secrets', () => {
    const alice = { userId: 'user-a' }
    expect(authorKeyFor(secret, 1, alice)).toBe(authorKeyFor(secret, 1, alice))
    expect(authorKeyFor(secret, 1, alice)).not.toBe(authorKeyFor(secret, 2, alice))
    expect(authorKeyFor(secret, 1, alice)).not.toBe(authorKeyFor(secret, 1, { userId: 'user-b' }))
    expect(authorKeyFor(secret, 1, alice)).not.toBe(authorKeyFor('another-secret', 1, alice))
    // A guest whose cookie id equals a user id is still someone else.
    expect(authorKeyFor(secret, 1, alice)).not.toBe(authorKeyFor(secret, 1, { guestId: 'user-a' }))
  })

  it('carry neither the author id nor the thread in readable form', () => {
    const key = authorKeyFor(secret, 42, { userId: 'user-abcdef' })
    expect(key).not.toContain('user-abcdef')
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})

describe('client address from the load context', () => {
  it('falls back to "unknown" when the server passed none', () => {
    expect(clientAddressOf({ clientAddress: '192.0.2.1' })).toBe('192.0.2.1')
    expect(clientAddressOf({})).toBe('unknown')
    expect(clientAddressOf(undefined)).toBe('unknown')
    expect(clientAddressOf({ clientAddress: 42 })).toBe('unknown')
  })
})
