import { describe, it, expect } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createScanner } from '../../app/moderation/scan/scanner.server.ts'
import { scanText } from '../../app/moderation/scan/index.server.ts'
import { DEFAULT_FEATURES, MAX_CLASSES, WINDOW_TOKENS, loadDefaultModel, makeModel, modelPath, windowsOf } from '../../app/moderation/scan/model.server.ts'

type Row = { id: string; text: string; expected: 'allow' | 'review'; category: string }
const DIR = fileURLToPath(new URL('../fixtures/moderation/', import.meta.url))
const load = (name: string): Row[] =>
  readFileSync(DIR + name, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
/** the labelled training files: train.jsonl and the extra-*.jsonl files (never the holdout) */
const TRAIN_FILES = ['train.jsonl', ...readdirSync(DIR).filter((f) => /^extra-.*\.jsonl$/.test(f)).sort()]

function measure(rows: Row[], scan: (t: string) => { decision: string }) {
  const per = new Map<string, { n: number; held: number }>()
  let review = 0, caught = 0, allow = 0, falseAlarms = 0
  for (const r of rows) {
    const isHeld = scan(r.text).decision !== 'allow'
    const k = `${r.expected}/${r.category}`
    const p = per.get(k) ?? { n: 0, held: 0 }
    p.n++
    if (isHeld) p.held++
    per.set(k, p)
    if (r.expected === 'review') { review++; if (isHeld) caught++ } else { allow++; if (isHeld) falseAlarms++ }
  }
  return { recall: caught / review, falseAlarm: falseAlarms / allow, per }
}

// rules alone: without a model the soft (cue) rules decide by themselves
const rulesOnly = createScanner({ model: null })

describe('labelled fixtures', () => {
  // thresholds a little below the measured figures (see app/moderation/scan/README.md)
  it('train.jsonl: the rules alone (written on it)', () => {
    const a = measure(load('train.jsonl'), (t) => rulesOnly.scan(t))
    expect(a.recall).toBeGreaterThanOrEqual(0.94) // measured 96.0 %
    expect(a.falseAlarm).toBeLessThanOrEqual(0.02) // measured 0.5 %
  })
  it('train + extra files: rules alone, and rules + learned layer (trained on them)', () => {
    const rows = TRAIN_FILES.flatMap(load)
    expect(rows.length).toBeGreaterThan(68000)
    const a = measure(rows, (t) => rulesOnly.scan(t))
    expect(a.recall).toBeGreaterThanOrEqual(0.39) // measured 45.7 %
    expect(a.falseAlarm).toBeLessThanOrEqual(0.1) // measured 8.0 % (the soft rules decide alone here)
    // in-sample: the cross-validated figures are in the README (train-scan-model.ts prints them)
    const b = measure(rows, scanText)
    expect(b.recall).toBeGreaterThanOrEqual(0.97) // measured 99.9 %
    expect(b.falseAlarm).toBeLessThanOrEqual(0.01) // measured 0.27 %
    for (const [k, v] of b.per) if (k.startsWith('review/')) expect(v.held / v.n, k).toBeGreaterThanOrEqual(0.95) // lowest measured 99.8 % (insult)
  }, 300_000) // 69,082 posts scanned twice: about 40 s on a busy CI machine
  // SCAN_SKIP_HOLDOUT=1 while developing: every run of these tests is an evaluation on the holdouts.
  // holdout.jsonl: a fifth of the first corpus; holdout-2.jsonl: a fifth of three later writers'
  // files, taken out before any training on them; holdout-3.jsonl: the whole file of one more
  // writer, never read (text unseen by anyone working on the filter). None is read by the trainer.
  // The last column lists review categories the shipped model misses entirely on that set (a
  // known failure, in the README): every other review category must be held at least in part.
  it.skipIf(process.env.SCAN_SKIP_HOLDOUT === '1').each([
    ['holdout.jsonl', 0.91, 0.02, []], // measured 98.8 % held, 1.1 % false alarms
    ['holdout-2.jsonl', 0.74, 0.045, ['review/insult']], // measured 80.8 % held, 1.9 % false alarms; insult 0/6
    ['holdout-3.jsonl', 0.95, 0.05, []], // measured 99.0 % held, 3.0 % false alarms
  ])('%s (never used for training or tuning)', (file, minRecall, maxFalseAlarm, knownMisses) => {
    const m = measure(load(file), scanText)
    expect(m.recall).toBeGreaterThanOrEqual(minRecall)
    expect(m.falseAlarm).toBeLessThanOrEqual(maxFalseAlarm)
    for (const [k, v] of m.per) if (k.startsWith('review/') && !knownMisses.includes(k)) expect(v.held, k).toBeGreaterThan(0)
  })
})

describe('learned layer', () => {
  const model = loadDefaultModel()
  const sc = createScanner({ model: null })
  it('is shipped, and its fast scorer equals the reference (feature buffer) scorer', () => {
    expect(model).not.toBeNull()
    for (const r of load('train.jsonl').slice(0, 200)) {
      const inp = sc.analyze(r.text).input!
      expect(Math.abs(model!.score(inp) - model!.scoreSlow(inp))).toBeLessThan(1e-6)
      expect(Math.abs(model!.score(inp) - model!.scoreSlow(inp))).toBeLessThan(1e-6) // second time from the word cache
    }
    // long posts (the summing lanes are emptied every 160 features), words cut at 40 characters,
    // leetspeak, numbers with units, symbols
    const odd = [`${'x'.repeat(60)} b1tch@ss 16yo 2021 sh!+ @user_92 07700 900123 don't "quoted"`, 'word '.repeat(3000), 'Supercalifragilisticexpialidocious '.repeat(400)]
    const long = TRAIN_FILES.flatMap(load).filter((r) => r.text.length > 1200).slice(0, 50).map((r) => r.text)
    expect(long.length).toBe(50)
    for (const text of [...odd, ...long]) {
      const inp = sc.analyze(text).input!
      expect(Math.abs(model!.score(inp) - model!.scoreSlow(inp)), text.slice(0, 40)).toBeLessThan(1e-6)
    }
  })
  it('is found from the server bundle as well as from its source file', () => {
    const shipped = fileURLToPath(new URL('../../app/moderation/scan/model.json', import.meta.url))
    expect(modelPath()).toBe(shipped)
    // the production server runs this module from build/index.js, two folders nearer the root
    expect(modelPath(new URL('../../build/index.js', import.meta.url).href)).toBe(shipped)
  })
  it('sums every class exactly, also where the shipped probabilities saturate', () => {
    // The shipped model's probabilities sit near 0 or 1 on most posts, where an error in one
    // class's sum barely shows. Random weights with a tiny step keep every probability near 0.6,
    // so a lane that overflowed (an error of 65,536 steps in one class) moves it by about 1e-2.
    let seed = 7
    const weights = Buffer.alloc((1 << 12) * 15)
    for (let i = 0; i < weights.length; i++) { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; weights[i] = seed >>> 24 }
    const classes = Array.from({ length: 15 }, (_, i) => `${i < 9 ? 'review' : 'allow'}:c${i}`)
    const random = makeModel({ version: 3, features: { ...DEFAULT_FEATURES, bits: 12 }, classes, bias: new Array(15).fill(0), q: 1e-4, weights: weights.toString('base64'), threshold: 0.5 })
    const texts = ['word '.repeat(3000), 'Supercalifragilisticexpialidocious '.repeat(400), ...TRAIN_FILES.flatMap(load).filter((r) => r.text.length > 1200).slice(0, 50).map((r) => r.text)]
    for (const text of texts) {
      const inp = sc.analyze(text).input!
      const slow = random.scoreSlow(inp)
      expect(Math.abs(slow - 0.6)).toBeLessThan(0.05)
      expect(Math.abs(random.score(inp) - slow), text.slice(0, 40)).toBeLessThan(1e-7)
      const win = { score: -1 }
      random.score(inp, undefined, win)
      expect(Math.abs(win.score - random.windowScoreSlow(inp)), text.slice(0, 40)).toBeLessThan(1e-7)
    }
  })
  it("scores a long post's windows from prefix sums exactly like the reference scorer", () => {
    const long = TRAIN_FILES.flatMap(load).filter((r) => r.text.split(/\s+/).length > 80).slice(0, 100)
    expect(long.length).toBe(100)
    for (const r of long) {
      const inp = sc.analyze(r.text).input!
      const win = { score: -1 }
      model!.score(inp, undefined, win)
      expect(win.score).toBeGreaterThan(0)
      expect(Math.abs(win.score - model!.windowScoreSlow(inp))).toBeLessThan(1e-6)
    }
  })
  it('refuses a model file with more classes than the fast scorer sums', () => {
    const file = (k: number) => ({
      version: 3, features: { ...DEFAULT_FEATURES, bits: 2 }, classes: Array.from({ length: k }, (_, i) => `${i < 9 ? 'review' : 'allow'}:c${i}`),
      bias: new Array(k).fill(0), q: 1, weights: Buffer.alloc(4 * k).toString('base64'), threshold: 0.5,
    }) as unknown as Parameters<typeof makeModel>[0]
    expect(() => makeModel(file(MAX_CLASSES))).not.toThrow()
    expect(() => makeModel(file(MAX_CLASSES + 1))).toThrow(/at most 16 classes/)
  })
  it('windows start at each sentence, stay within WINDOW_TOKENS and cover every token of a long post', () => {
    const sent = Int32Array.from({ length: 130 }, (_, t) => Math.floor(t / 13)) // ten sentences of 13 tokens
    const w = windowsOf(130, sent)
    const starts = w.filter((_, k) => k % 2 === 0)
    expect(starts).toEqual([0, 13, 26, 39, 52, 65, 78, 91])
    for (let k = 0; k < w.length; k += 2) expect(w[k + 1] - w[k]).toBeLessThanOrEqual(WINDOW_TOKENS)
    expect(w[w.length - 1]).toBe(130)
    // one sentence longer than a window is cut; short posts have no windows
    expect(windowsOf(100, new Int32Array(100))).toEqual([0, 40, 40, 80, 80, 100])
    expect(windowsOf(40, sent)).toEqual([])
  })
  it('names the category of a held post, with the features that weighed most', () => {
    const r = scanText("I've been saving my pills for weeks. Tonight I'm going to take them all. Please look after my cat.")
    expect(r.decision).toBe('review')
    expect(r.urgent).toBe(true)
    expect(r.reasons.map((x) => x.category)).toContain('self_harm')
    const m = r.reasons.find((x) => x.rule.startsWith('model.'))
    if (m) {
      expect(m.score).toBeGreaterThan(0)
      expect(m.match.length).toBeGreaterThan(0)
    }
  })
})
// measured once, at the end of the round that added the evidence guard and the thresholds chosen under
// the per-file false-alarm limit (README.md): 66.3 % (57/86) held, 3.2 % (3/94) false alarms
