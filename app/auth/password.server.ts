import { hash, verify } from '@node-rs/argon2'

// Argon2id with OWASP's recommended minimum cost (19 MiB, 2 passes).
const argon2Options = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 }

export function hashPassword(password: string) {
  return hash(password, argon2Options)
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

// Compared against when the username does not exist, so both failures cost the same time.
let dummyHash: Promise<string> | undefined
export function dummyPasswordHash() {
  dummyHash ??= hashPassword('not-a-real-password-just-for-timing')
  return dummyHash
}
