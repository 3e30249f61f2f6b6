// Password guessing is slowed per client address and per username: after too many failed logins
// in 15 minutes, further attempts are refused until the window ends. Addresses are only ever seen
// as keyed hashes; the counters live in Postgres, so every app server shares them.
import { clientAddressOf } from '../forum/guests.server.ts'
import { hitRateLimit, peekRateLimit } from '../forum/rate-limit.server.ts'
import { getSecret, keyedHash } from '../settings.server.ts'

const WINDOW_MS = 15 * 60 * 1000
const FAILURES_PER_ADDRESS = 30
const FAILURES_PER_USERNAME = 10

async function counters({ context, username }: { context: unknown; username: string }) {
  const secret = await getSecret('address')
  return [
    { key: `login-address:${keyedHash(secret, clientAddressOf(context))}`, limit: FAILURES_PER_ADDRESS },
    { key: `login-user:${keyedHash(secret, username.toLowerCase())}`, limit: FAILURES_PER_USERNAME },
  ]
}

/** Seconds to wait before another attempt, or null when the login may be tried. */
export async function loginBlockedFor(who: { context: unknown; username: string }) {
  for (const { key, limit } of await counters(who)) {
    const { count, retryAfterSeconds } = await peekRateLimit({ key, windowMs: WINDOW_MS })
    if (count >= limit) return retryAfterSeconds
  }
  return null
}

export async function recordFailedLogin(who: { context: unknown; username: string }) {
  for (const { key, limit } of await counters(who)) await hitRateLimit({ key, limit, windowMs: WINDOW_MS })
}
