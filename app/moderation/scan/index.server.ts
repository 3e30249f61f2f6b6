/**
 * Text-moderation scanner: public API. See README.md in this folder.
 */
import { createScanner } from './scanner.server.ts'
import type { Scanner, ScanResult, WatchedWord } from './types.server.ts'

export type { ScanAction, ScanCategory, ScanReason, ScanResult, WatchedWord, Scanner } from './types.server.ts'

/** Compile the built-in rules plus the moderators' watched words into one matcher. Compile once, reuse. */
export function compileScanner(opts: { watchedWords?: WatchedWord[] } = {}): Scanner {
  const s = createScanner({ watchedWords: opts.watchedWords ?? [] })
  return { scan: (text, o) => s.scan(text, o) }
}

let builtin: Scanner | undefined
/** Scan with the built-in rules only (cached scanner). */
export function scanText(text: string): ScanResult {
  builtin ??= compileScanner()
  return builtin.scan(text)
}
