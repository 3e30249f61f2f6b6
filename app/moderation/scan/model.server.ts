/**
 * Learned layer: a logistic-regression model over word unigrams and word bigrams of the
 * normalised tokens (character 4-grams supported, switched off). Cost is linear in the text (a fixed number of features per
 * token, one hash-map lookup each). Trained by scripts/train-scan-model.ts on
 * tests/fixtures/moderation/train.jsonl and shipped as model.json.
 */
import { readFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import { tokenKey, stripSymbols, normalizeText, tokenize } from './normalize.server.ts'

export type ModelFile = {
  version: 1
  bias: number
  threshold: number
  /** feature -> weight (only features kept after training) */
  weights: Record<string, number>
  meta?: Record<string, unknown>
}

export type LinearModel = {
  threshold: number
  score(raw: string[], count: number, stats?: { steps: number }): { score: number; top: string[] }
}

const CHAR_N = 4
/** character 4-grams: off — they cost ~40% of the scan time for no measurable gain on the train set cross-validation */
const USE_CHAR_NGRAMS = false

/** Features of a token stream; calls f(feature) for each occurrence. */
export function forEachFeature(raw: string[], count: number, f: (feat: string) => void): void {
  let prev = '^'
  for (let i = 0; i < count; i++) {
    const k = tokenKey(stripSymbols(raw[i]))
    f('w:' + k)
    f('b:' + prev + '_' + k)
    if (USE_CHAR_NGRAMS && k.length >= CHAR_N + 1) {
      const padded = '<' + k + '>'
      for (let j = 0; j + CHAR_N <= padded.length; j++) f('c:' + padded.slice(j, j + CHAR_N))
    }
    prev = k
  }
  f('b:' + prev + '_$')
}

/** Feature counts of a raw text (used by the trainer). */
export function featuresOfText(text: string): Map<string, number> {
  const t = tokenize(normalizeText(text))
  const m = new Map<string, number>()
  forEachFeature(t.raw, t.count, (x) => m.set(x, (m.get(x) ?? 0) + 1))
  return m
}

/** scaling so that long posts do not accumulate unbounded scores */
export const scale = (count: number) => 1 / Math.sqrt(Math.max(count, 4))

// ---- hashed scoring (no string building per feature): FNV-1a over the same characters as the
// feature names, looked up in an open-addressing table built from model.json at load time.
const FNV = 0x811c9dc5
const fnvStr = (h: number, str: string) => {
  for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 16777619)
  return h
}
const fnvChar = (h: number, c: number) => Math.imul(h ^ c, 16777619)
const H_W = fnvStr(FNV, 'w:')
const H_B = fnvStr(FNV, 'b:')
const H_C = fnvStr(FNV, 'c:')

function isPlain(r: string): boolean {
  for (let i = 0; i < r.length; i++) {
    const c = r.charCodeAt(i)
    if (c < 97 || c > 122) return false
  }
  return true
}

class WeightTable {
  private readonly keys: Int32Array
  private readonly vals: Float64Array
  private readonly used: Uint8Array
  private readonly mask: number
  constructor(entries: Array<[string, number]>) {
    let size = 16
    while (size < entries.length * 2) size <<= 1
    this.keys = new Int32Array(size)
    this.vals = new Float64Array(size)
    this.used = new Uint8Array(size)
    this.mask = size - 1
    for (const [k, v] of entries) {
      const h = fnvStr(FNV, k) | 0
      let i = h & this.mask
      while (this.used[i] && this.keys[i] !== h) i = (i + 1) & this.mask
      this.keys[i] = h
      this.vals[i] += v
      this.used[i] = 1
    }
  }
  get(h: number): number {
    h |= 0
    let i = h & this.mask
    while (this.used[i]) {
      if (this.keys[i] === h) return this.vals[i]
      i = (i + 1) & this.mask
    }
    return 0
  }
}

export function makeModel(file: ModelFile): LinearModel {
  const w = new Map(Object.entries(file.weights))
  const table = new WeightTable([...w.entries()])
  return {
    threshold: file.threshold,
    score(raw, count, stats) {
      let z = 0
      let n = 0
      let prevH = fnvStr(H_B, '^')
      for (let i = 0; i < count; i++) {
        const r = raw[i]
        const k = isPlain(r) ? r : tokenKey(stripSymbols(r))
        z += table.get(fnvStr(H_W, k))
        z += table.get(fnvStr(fnvChar(prevH, 95), k))
        n += 2
        if (USE_CHAR_NGRAMS && k.length >= CHAR_N + 1) {
          // "<" + k + ">" 4-grams
          const L = k.length + 2
          for (let j = 0; j + CHAR_N <= L; j++) {
            let h = H_C
            for (let q = j; q < j + CHAR_N; q++) h = fnvChar(h, q === 0 ? 60 : q === L - 1 ? 62 : k.charCodeAt(q - 1))
            z += table.get(h)
            n++
          }
        }
        prevH = fnvStr(H_B, k)
      }
      z += table.get(fnvStr(fnvChar(prevH, 95), '$'))
      if (stats) stats.steps += n
      const p = 1 / (1 + Math.exp(-(file.bias + z * scale(count))))
      let top: string[] = []
      if (p >= file.threshold) {
        // explanation: the strongest positive features, by name (only for held posts)
        const contrib = new Map<string, number>()
        forEachFeature(raw, count, (x) => {
          const v = w.get(x)
          if (v !== undefined && v > 0) contrib.set(x, (contrib.get(x) ?? 0) + v)
        })
        top = [...contrib.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k}(${v.toFixed(2)})`)
      }
      return { score: p, top }
    },
  }
}

let cached: LinearModel | null | undefined
export function modelPath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'model.json')
}
/** The shipped model, or null when model.json does not exist (rules only). */
export function loadDefaultModel(): LinearModel | null {
  if (cached !== undefined) return cached
  const p = modelPath()
  cached = existsSync(p) ? makeModel(JSON.parse(readFileSync(p, 'utf8')) as ModelFile) : null
  return cached
}
