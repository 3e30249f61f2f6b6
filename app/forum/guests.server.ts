// Guests who post without an account (only when the operator turns it on). A guest is a random id
// in a signed, HttpOnly cookie: it keeps their pseudonym within a thread and lets them see their
// own held posts. Only a keyed hash of that id is stored, and only a keyed hash of their address
// is used for rate limits.
import crypto from 'node:crypto'
import { createCookie } from '@remix-run/node'
import { getSecret, keyedHash } from '../settings.server.ts'
import { hitRateLimit, type RateLimitResult } from './rate-limit.server.ts'

export const GUEST_POST_LIMIT = 5
export const GUEST_POST_WINDOW_MS = 10 * 60 * 1000

export type Guest = { guestId: string; guestKeyHash: string }

async function guestCookie() {
  return createCookie('bf_guest', {
    secrets: [await getSecret('cookie')],
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== '1',
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
  })
}

/** The value stored on a guest's posts: never the cookie's id itself. */
export async function guestKeyHashFor(guestId: string) {
  return keyedHash(await getSecret('pseudonym'), `guest-key\u0000${guestId}`)
}

/** The guest identified by a valid signed cookie on this request, or null. */
export async function readGuest(request: Request): Promise<Guest | null> {
  const header = request.headers.get('Cookie')
  if (!header?.includes('bf_guest=')) return null
  const value: unknown = await (await guestCookie()).parse(header)
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{32,64}$/.test(value)) return null
  return { guestId: value, guestKeyHash: await guestKeyHashFor(value) }
}

/** The request's guest, or a new one; `setCookie` is the header to send when it is new. */
export async function getOrCreateGuest(request: Request): Promise<Guest & { setCookie: string | null }> {
  const existing = await readGuest(request)
  if (existing) return { ...existing, setCookie: null }
  const guestId = crypto.randomBytes(24).toString('base64url')
  return { guestId, guestKeyHash: await guestKeyHashFor(guestId), setCookie: await (await guestCookie()).serialize(guestId) }
}

/** The client address the server put in the load context (tests may leave it out). */
export function clientAddressOf(context: unknown) {
  const address = (context as { clientAddress?: unknown } | null | undefined)?.clientAddress
  return typeof address === 'string' && address ? address : 'unknown'
}

/** Counts a guest post against the address's limit; the address is only ever seen as a keyed hash. */
export async function limitGuestPost(context: unknown): Promise<RateLimitResult> {
  const addressHash = keyedHash(await getSecret('address'), clientAddressOf(context))
  return hitRateLimit({ key: `guest-post:${addressHash}`, limit: GUEST_POST_LIMIT, windowMs: GUEST_POST_WINDOW_MS })
}

export function rateLimitMessage(retryAfterSeconds: number) {
  const minutes = Math.ceil(retryAfterSeconds / 60)
  return `Guests can post ${GUEST_POST_LIMIT} times every ${GUEST_POST_WINDOW_MS / 60000} minutes from one connection. Please wait about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and try again — your text is kept below.`
}
