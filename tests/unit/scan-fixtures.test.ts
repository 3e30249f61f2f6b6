import { describe, it, expect } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createScanner } from '../../app/moderation/scan/scanner.server.ts'
import { scanText } from '../../app/moderation/scan/index.server.ts'
import { loadDefaultModel } from '../../app/moderation/scan/model.server.ts'

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
    expect(a.recall).toBeGreaterThanOrEqual(0.94) // measured 96.3 %
    expect(a.falseAlarm).toBeLessThanOrEqual(0.02) // measured 0.5 %
  })
  it('train + extra files: rules alone, and rules + learned layer (trained on them)', () => {
    const rows = TRAIN_FILES.flatMap(load)
    expect(rows.length).toBeGreaterThan(7000)
    const a = measure(rows, (t) => rulesOnly.scan(t))
    expect(a.recall).toBeGreaterThanOrEqual(0.4) // measured 42.8 %
    expect(a.falseAlarm).toBeLessThanOrEqual(0.06) // measured 5.0 %
    // in-sample: the cross-validated figures are in the README (train-scan-model.ts prints them)
    const b = measure(rows, scanText)
    // (below 100 %: the model cannot hold a post without risk evidence, see EVIDENCE in rules.server.ts)
    expect(b.recall).toBeGreaterThanOrEqual(0.91) // measured 93.3 %
    expect(b.falseAlarm).toBeLessThanOrEqual(0.015) // measured 0.8 %
    for (const [k, v] of b.per) if (k.startsWith('review/')) expect(v.held / v.n, k).toBeGreaterThanOrEqual(0.8) // lowest measured 83.5 %
  })
  // SCAN_SKIP_HOLDOUT=1 while developing: every run of this test is an evaluation on the holdout
  // SCAN_SKIP_HOLDOUT=1 while developing: every run of these tests is an evaluation on the holdouts.
  // holdout.jsonl: a fifth of the first corpus; holdout-2.jsonl: a fifth of three later writers'
  // files, taken out before any training on them. Neither is read by the trainer.
  it.skipIf(process.env.SCAN_SKIP_HOLDOUT === '1').each([
    ['holdout.jsonl', 0.8, 0.04], // measured 82.6 % held, 3.2 % false alarms
    ['holdout-2.jsonl', 0.62, 0.045], // measured 65.8 % held, 3.8 % false alarms
  ])('%s (never used for training or tuning)', (file, minRecall, maxFalseAlarm) => {
    const m = measure(load(file), scanText)
    expect(m.recall).toBeGreaterThanOrEqual(minRecall)
    expect(m.falseAlarm).toBeLessThanOrEqual(maxFalseAlarm)
    // every review category is handled at least in part
    for (const [k, v] of m.per) if (k.startsWith('review/')) expect(v.held, k).toBeGreaterThan(0)
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
