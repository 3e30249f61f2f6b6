/**
 * npm run -s moderation:scan < posts.jsonl > decisions.jsonl
 *
 * Reads JSON Lines on stdin ({"id": "...", "text": "..."}), writes one JSON line per input:
 * {"id", "decision", "reasons"} — or {"line", "error"} (with "id" when known) for a malformed
 * line. Streams; nothing but JSON lines goes to stdout. Built-in rules only, no database,
 * unless --watched-words is given.
 */
import { createInterface } from 'node:readline'
import { compileScanner, type WatchedWord, type Scanner } from '../app/moderation/scan/index.server.ts'

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  let watchedWords: WatchedWord[] = []
  let close: (() => Promise<void>) | undefined
  if (args.includes('--watched-words')) {
    // ---- HOOK: watched words from the database (module written by the lead) ----------------
    const { loadWatchedWordsForCli } = await import('../app/moderation/watched-words.server.ts')
    const loaded = await loadWatchedWordsForCli()
    watchedWords = loaded.words
    close = () => loaded.close()
    // --------------------------------------------------------------------------------------------
  }
  const scanner: Scanner = compileScanner({ watchedWords })
  const out = process.stdout
  const write = (obj: unknown): Promise<void> | void => {
    if (!out.write(JSON.stringify(obj) + '\n')) return new Promise((r) => out.once('drain', () => r()))
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity })
  let lineNo = 0
  for await (const line of rl) {
    lineNo++
    if (!line.trim()) continue
    let rec: unknown
    try {
      rec = JSON.parse(line)
    } catch (e) {
      await write({ line: lineNo, error: `invalid JSON: ${(e as Error).message}` })
      continue
    }
    const id = rec && typeof rec === 'object' && 'id' in rec ? (rec as { id: unknown }).id : undefined
    const idOut = typeof id === 'string' || typeof id === 'number' ? { id } : {}
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      await write({ line: lineNo, error: 'expected a JSON object {"id", "text"}' })
      continue
    }
    const text = (rec as { text?: unknown }).text
    if (typeof text !== 'string') {
      await write({ line: lineNo, ...idOut, error: text === undefined ? 'missing "text"' : '"text" must be a string' })
      continue
    }
    try {
      const r = scanner.scan(text)
      await write({ ...(idOut.id !== undefined ? idOut : { id: null }), decision: r.decision, reasons: r.reasons, ...(r.urgent ? { urgent: true } : {}) })
    } catch (e) {
      await write({ line: lineNo, ...idOut, error: `scan failed: ${(e as Error).message}` })
    }
  }
  if (close) await close()
  return 0
}

main().then(
  (code) => { process.exitCode = code },
  (e) => { process.stderr.write(`moderation-scan: ${(e as Error).stack ?? e}\n`); process.exitCode = 1 },
)
