/**
 * Trains the learned layer of the moderation scanner and writes app/moderation/scan/model.json.
 *
 *   npx tsx scripts/train-scan-model.ts            cross-validate, then train on everything and write
 *   npx tsx scripts/train-scan-model.ts --cv-only  cross-validation report only
 *   options: --files=train.jsonl,extra-a.jsonl     (default: train.jsonl + every extra-*.jsonl)
 *            --config='{"bits":18,"char":[3,4]}'    feature options (see FeatureConfig)
 *            --l2=3e-5 --epochs=12 --lr=0.3 --max-fa=0.025 --max-fa-file=0.08 --max-fa-length=0.03 --fa-weight=0.1 --urgent=false --groups=6
 *            --allow-kinds=emotional_hard,teen_past     (the ordinary categories that get a class of their own)
 *            --honest-rules=false                   (keep the soft-rule features of train.jsonl rows)
 *            --verbose, --show-fa=0.77, --show-miss=0.77 [--category=self_harm]   (out-of-fold errors)
 *            --windows=false (whole-post scores only), --bare=false (the model never holds a post without risk evidence), --short=false (nor a short one), --veto=false (the model never overrules the hard rules),
 *            --by-length (recall and false alarms by post length), --dump-cv=out.json (out-of-fold scores of every row)
 *
 * Model: a softmax (AdaGrad, L2) over hashed features (model.server.ts) whose classes are the review
 * categories and a few kinds of ordinary post; the decision score is the review classes'
 * probability. Everything in plain TypeScript.
 *
 * Choices are made by cross-validation on the labelled files only (never the holdouts):
 *  - 5-fold stratified cross-validation over all rows, and
 *  - leave-writers-out: the files (each by a different writer) in --groups groups, each group
 *    scored by a model trained on the others (generalisation to unseen writers and wording).
 * The thresholds are the set with the best out-of-fold recall, less --fa-weight (0.1) times its
 * false-alarm rate, whose false-alarm rate (rules + model, on posts labelled allow) stays at or below
 * --max-fa (2.5 %) in both cross-validations, at or below --max-fa-file (8 %) for each held-out file
 * and --max-fa-length (3 %) for posts of each length band (under 15 tokens, 15-40, 40-100, longer).
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { DEFAULT_FEATURES, FeatBuf, MAX_CLASSES, type FeatureConfig, type ModelFile, type ModelInput, encodeInt8, featurize, holdThreshold, modelPath, reviewProbability, scales, vetoesRules, windowScales, windowsOf } from '../app/moderation/scan/model.server.ts'
import { createScanner } from '../app/moderation/scan/scanner.server.ts'
import { EVIDENCE } from '../app/moderation/scan/rules.server.ts'

const DIR = fileURLToPath(new URL('../tests/fixtures/moderation/', import.meta.url))
const args = new Map(process.argv.slice(2).map((a) => { const [k, ...v] = a.replace(/^--/, '').split('='); return [k, v.join('=') || 'true'] as [string, string] }))
const num = (k: string, d: number) => (args.has(k) ? Number(args.get(k)) : d)
const L2 = num('l2', 3e-5)
const EPOCHS = num('epochs', 12)
const LR = num('lr', 0.3)
const MAX_FA = num('max-fa', 0.025)
/** no single held-out file (an unseen writer) may go above it */
const MAX_FA_FILE = num('max-fa-file', 0.08)
/** nor posts of any length band (LENGTH_EDGES): the unseen corpus may hold more long posts than ours */
const MAX_FA_LENGTH = num('max-fa-length', 0.03)
/**
 * Within the limits, recall less this times the false-alarm rate decides: about a dozen ordinary
 * posts held weigh as much as one harmful post missed (32,000 posts need review, 37,000 are
 * ordinary). With recall alone, the first run on 172 files chose no veto, which held one post that
 * needs review more and 62 ordinary posts more than a veto below 0.05.
 */
const FA_WEIGHT = num('fa-weight', 0.1)
const cfg: FeatureConfig = { ...DEFAULT_FEATURES, ...(args.has('config') ? (JSON.parse(args.get('config')!) as Partial<FeatureConfig>) : {}) }
const verbose = args.has('verbose')
const HONEST = args.get('honest-rules') !== 'false'
/** writer groups of the leave-writers-out cross-validation */
const GROUPS = num('groups', 6)

type Row = { id: string; text: string; expected: 'allow' | 'review'; category: string; file: string }
const files = args.has('files')
  ? args.get('files')!.split(',')
  : ['train.jsonl', ...readdirSync(DIR).filter((f) => /^extra-.*\.jsonl$/.test(f)).sort()]
if (files.includes('holdout.jsonl')) throw new Error('the holdout is never used for training')
const rows: Row[] = []
for (const f of files) {
  for (const line of readFileSync(join(DIR, f), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const r = JSON.parse(line) as Omit<Row, 'file'>
    if (typeof r.text !== 'string' || (r.expected !== 'allow' && r.expected !== 'review')) continue
    rows.push({ ...r, file: f })
  }
}
console.log(`rows: ${rows.length} (${files.map((f) => `${f} ${rows.filter((r) => r.file === f).length}`).join(', ')})`)

// ---- scanner analysis (rules verdict + the learned layer's input), once per row
const scanner = createScanner({ model: null })
type Ex = { idx: Int32Array; val: Float32Array; y: number; rules: boolean; cls: number; windows?: Ex[] }
/** --windows=false: long posts are scored as a whole only */
const WINDOWS = args.get('windows') !== 'false'
/**
 * The softmax's classes: every review category, and the kinds of ordinary post that read most like
 * one (a recovery story next to self-harm, a memory of being sixteen next to minors, …); the other
 * ordinary posts are one class, `allow:plain`.
 */
const ALLOW_KINDS = args.has('allow-kinds') ? args.get('allow-kinds')!.split(',') : ['about_words', 'consent_positive', 'disagreement', 'emotional_hard', 'teen_past']
const classOf = (r: Row) => (r.expected === 'review' ? `review:${r.category}` : `allow:${ALLOW_KINDS.includes(r.category) ? r.category : 'plain'}`)
const CLASSES = [...new Set(rows.map(classOf))].sort()
const K = CLASSES.length
if (K > MAX_CLASSES) {
  console.error(`${K} classes: the scanner's fast scorer sums at most ${MAX_CLASSES} (model.server.ts); give fewer --allow-kinds`)
  process.exit(2)
}
const REVIEW_CLASS = CLASSES.map((c) => c.startsWith('review:'))
const inputs: ModelInput[] = []
const rulesHeld: boolean[] = []
/** a hard rule of an urgent category (self-harm, minors) fired: the model never overrules those */
const urgentRule: boolean[] = []
const allRulesHeld: boolean[] = []
const urgentCue: boolean[] = []
let ruleTagHashes = new Set<number>()
let pairTagHashes = new Set<number>()
let hashNames = new Map<number, string>()
/** single tags present in each row (pairs left out, q: prefix dropped; soft rules as rule:<id>) */
const rowTags: Set<string>[] = []
const tokCount: number[] = []
const minorNum: boolean[] = []
const evidFromScanner: boolean[] = []
for (const r of rows) {
  const a = scanner.analyze(r.text)
  if (!a.input) throw new Error('no model input')
  if (a.tagNames) hashNames = a.tagNames
  rowTags.push(new Set(a.input.tags.map((h) => a.tagNames?.get(h) ?? '?').filter((n) => !n.includes('&')).map((n) => n.replace(/^q:/, ''))))
  tokCount.push(a.input.count)
  minorNum.push(!!a.minorNumber)
  evidFromScanner.push(!!a.evidence)
  inputs.push(a.input)
  rulesHeld.push(a.rulesDecision !== 'allow')
  urgentRule.push(!!a.ruleCategories?.some((c) => c === 'self_harm' || c === 'minors'))
  allRulesHeld.push(a.allRulesDecision !== 'allow')
  urgentCue.push(!!a.urgentCue)
  if (a.tagNames) {
    ruleTagHashes = new Set([...a.tagNames.entries()].filter(([, n]) => n.startsWith('rule:')).map(([h]) => h))
    pairTagHashes = new Set([...a.tagNames.entries()].filter(([, n]) => n.includes('&')).map(([h]) => h))
  }
}

// ---- risk evidence: the model alone may hold a post only with a rule-lexicon / detector tag, a soft
// rule, a minor's age, a risk word class in a post longer than EVIDENCE.shortTokens, or enough text
const listArg = (k: string, d: string[]) => (args.get(k) === 'none' ? [] : args.has(k) ? args.get(k)!.split(',') : d)
const GATE_STRONG = new Set(listArg('gate-strong', EVIDENCE.strong))
const GATE_CUES = new Set(listArg('gate-cues', EVIDENCE.cues))
for (const t of (args.get('gate-drop') ?? '').split(',').filter(Boolean)) { GATE_STRONG.delete(t); GATE_CUES.delete(t) }
for (const t of (args.get('gate-add') ?? '').split(',').filter(Boolean)) GATE_CUES.add(t)
const GATE_OFF = args.get('gate') === 'off'
const GATE_MIN = num('gate-min', EVIDENCE.minTokens)
const GATE_SHORT = num('gate-short', EVIDENCE.shortTokens)
const hasEvidence = (tags: Set<string>, count: number, minorNumber: boolean) => GATE_OFF || count >= GATE_MIN || minorNumber ||
  [...tags].some((n) => n.startsWith('rule:') || GATE_STRONG.has(n) || (count > GATE_SHORT && GATE_CUES.has(n)))
const evid: boolean[] = rows.map((_, i) => hasEvidence(rowTags[i], tokCount[i], minorNum[i]))
/** the decision thresholds (model.json): main, urgent cue, best window, no risk evidence, short without it, the veto on the hard rules */
type Thresholds = { t: number; u: number; tw: number; tb: number; ts: number; tv: number }
/** the learned layer's decision, as in the scanner (holdThreshold); the best window counts only with evidence */
const modelHolds = (score: number, win: number, ev: boolean, count: number, urgent: boolean, th: Thresholds) =>
  score >= holdThreshold({ threshold: th.t, thresholdUrgent: th.u, thresholdBare: th.tb, thresholdShort: th.ts }, { evidence: ev, urgentCue: urgent, tokens: count }, GATE_SHORT) || (ev && win >= th.tw)
{
  const n = (f: (i: number) => boolean) => rows.filter((_, i) => f(i)).length
  console.log(`gate: ${GATE_OFF ? 'off' : `min ${GATE_MIN} tokens, ${GATE_STRONG.size} strong tags, ${GATE_CUES.size} cue tags above ${GATE_SHORT} tokens`}; without evidence: review ${n((i) => !evid[i] && rows[i].expected === 'review')} (${n((i) => !evid[i] && rows[i].expected === 'review' && !rulesHeld[i])} not held by hard rules), allow ${n((i) => !evid[i] && rows[i].expected === 'allow')}`)
  if (!GATE_OFF && !args.has('gate-strong') && !args.has('gate-cues') && !args.has('gate-drop') && !args.has('gate-add') && !args.has('gate-min') && !args.has('gate-short')) {
    const bad = rows.findIndex((_, i) => evid[i] !== evidFromScanner[i])
    if (bad >= 0) throw new Error(`trainer and scanner disagree on the evidence of row ${rows[bad].id}`)
  }
}

function buildExamples(c: FeatureConfig): Ex[] {
  const buf = new FeatBuf()
  return rows.map((r, i) => exampleOf(c, inputs[i], r.expected === 'review' ? 1 : 0, rulesHeld[i], CLASSES.indexOf(classOf(r)),
    // --honest-rules: the rules were written while reading train.jsonl, so their hits there say
    // nothing about their precision; their weights are learned on the other files only
    !c.rules || (HONEST && rows[i].file === 'train.jsonl'), buf))
}
function exampleOf(c: FeatureConfig, input: ModelInput, y: number, rules: boolean, cls: number, dropRules: boolean, buf: FeatBuf): Ex {
  const mask = (1 << c.bits) - 1
  const inp = { ...input, tags: input.tags.filter((h) => !(dropRules && ruleTagHashes.has(h)) && (c.pairs || !pairTagHashes.has(h))) }
  featurize(c, inp, buf)
  const [sa, sb] = scales(c, buf)
  const m = new Map<number, number>()
  for (let k = 0; k < buf.n; k++) {
    const b = buf.h[k] & mask
    const v = k < buf.nTok ? sa : sb
    m.set(b, (m.get(b) ?? 0) + v)
  }
  const idx = Int32Array.from(m.keys())
  const val = Float32Array.from(m.values())
  // windows of a long post (model.server.ts windowsOf): its token features in the window plus all its tags
  const ws = WINDOWS ? windowsOf(inp.count, inp.sent) : []
  const windows: Ex[] = []
  for (let k = 0; k < ws.length; k += 2) {
    const a = buf.tokStart[ws[k]]
    const b = buf.tokStart[ws[k + 1]]
    const [wa, wb] = windowScales(c, b - a, buf.n - buf.nTok, ws[k + 1] - ws[k])
    const mw = new Map<number, number>()
    for (let q = a; q < b; q++) { const h = buf.h[q] & mask; mw.set(h, (mw.get(h) ?? 0) + wa) }
    for (let q = buf.nTok; q < buf.n; q++) { const h = buf.h[q] & mask; mw.set(h, (mw.get(h) ?? 0) + wb) }
    windows.push({ idx: Int32Array.from(mw.keys()), val: Float32Array.from(mw.values()), y, rules, cls })
  }
  return { idx, val, y, rules, cls, windows }
}

// deterministic PRNG
function rng(seed: number) {
  let s = seed >>> 0
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296 }
}

/** weights bucket-major (w[bucket * K + class]), like model.json */
type Model = { w: Float32Array; bias: Float64Array }
/** softmax over CLASSES (AdaGrad, L2), the review and the ordinary rows weighted to equal totals */
function train(ex: Ex[], ids: number[], bits: number): Model {
  const size = 1 << bits
  const w = new Float32Array(size * K)
  const g2 = new Float32Array(size * K).fill(1e-6)
  const bias = new Float64Array(K)
  const gb = new Float64Array(K).fill(1e-6)
  const rand = rng(42)
  const order = [...ids]
  let pos = 0
  for (const i of ids) pos += ex[i].y
  const wPos = ids.length / (2 * Math.max(1, pos))
  const wNeg = ids.length / (2 * Math.max(1, ids.length - pos))
  const z = new Float64Array(K)
  const m: Model = { w, bias }
  for (let ep = 0; ep < EPOCHS; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); const t = order[i]; order[i] = order[j]; order[j] = t }
    for (const i of order) {
      const e = ex[i]
      logits(m, e, z)
      let mx = -Infinity
      for (let k = 0; k < K; k++) if (z[k] > mx) mx = z[k]
      let sum = 0
      for (let k = 0; k < K; k++) { z[k] = Math.exp(z[k] - mx); sum += z[k] }
      const sw = e.y ? wPos : wNeg
      for (let k = 0; k < K; k++) {
        const err = (z[k] / sum - (k === e.cls ? 1 : 0)) * sw
        // a class the example no longer moves is skipped (most of them after the first epochs)
        if (Math.abs(err) < 1e-5) continue
        gb[k] += err * err
        bias[k] -= (LR / Math.sqrt(gb[k])) * err
        for (let q = 0; q < e.idx.length; q++) {
          const j = e.idx[q] * K + k
          const g = err * e.val[q] + L2 * w[j]
          g2[j] += g * g
          w[j] -= (LR / Math.sqrt(g2[j])) * g
        }
      }
    }
  }
  return m
}
function logits(m: Model, e: Ex, z: Float64Array): void {
  for (let k = 0; k < K; k++) z[k] = m.bias[k]
  for (let q = 0; q < e.idx.length; q++) {
    const o = e.idx[q] * K
    const v = e.val[q]
    for (let k = 0; k < K; k++) z[k] += m.w[o + k] * v
  }
}
const zBuf = new Float64Array(K)
/** the review probability, as the scanner computes it */
const predict = (m: Model, e: Ex) => { logits(m, e, zBuf); return reviewProbability(zBuf, REVIEW_CLASS) }

// ---- cross-validation
const writerModels: Model[] = []
/** best window score of each row, per score array (0 for posts without windows) */
const WIN = new WeakMap<Float64Array, Float64Array>()
/** leave-writers-out class probabilities of every row (for --dump-cv) */
const WPROB = new Float32Array(rows.length * K)
function softmaxInto(z: Float64Array, out: Float32Array, o: number): void {
  let mx = -Infinity
  for (let k = 0; k < K; k++) mx = Math.max(mx, z[k])
  let sum = 0
  for (let k = 0; k < K; k++) sum += Math.exp(z[k] - mx)
  for (let k = 0; k < K; k++) out[o + k] = Math.exp(z[k] - mx) / sum
}
const windowScore = (m: Model, e: Ex) => (e.windows ?? []).reduce((best, w) => Math.max(best, predict(m, w)), 0)
function crossValidate(ex: Ex[], bits: number): { kfold: Float64Array; writers: Float64Array } {
  const kfold = new Float64Array(rows.length)
  const kfoldW = new Float64Array(rows.length)
  const writersW = new Float64Array(rows.length)
  const FOLDS = 5
  // stratified by file and label
  const fold = new Int32Array(rows.length)
  const counters = new Map<string, number>()
  const rand = rng(3)
  const perm = rows.map((_, i) => i).sort(() => 0).map((i) => i)
  for (let i = perm.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); const t = perm[i]; perm[i] = perm[j]; perm[j] = t }
  for (const i of perm) {
    const key = `${rows[i].file}/${rows[i].expected}`
    const c = counters.get(key) ?? 0
    fold[i] = c % FOLDS
    counters.set(key, c + 1)
  }
  for (let f = 0; f < FOLDS; f++) {
    const tr = rows.map((_, i) => i).filter((i) => fold[i] !== f)
    const m = train(ex, tr, bits)
    for (let i = 0; i < rows.length; i++) if (fold[i] === f) { kfold[i] = predict(m, ex[i]); kfoldW[i] = windowScore(m, ex[i]) }
  }
  // leave writers out: the files (one writer each) in GROUPS groups; each group is scored by a
  // model trained on the others (one group per file, leave-one-file-out, is too slow for a softmax)
  const writers = new Float64Array(rows.length).fill(NaN)
  if (files.length > 1) {
    const groups = Math.min(GROUPS, files.length)
    for (let g = 0; g < groups; g++) {
      const out = new Set(files.filter((_, k) => k % groups === g))
      const tr = rows.map((_, i) => i).filter((i) => !out.has(rows[i].file))
      const m = train(ex, tr, bits)
      writerModels.push(m)
      for (let i = 0; i < rows.length; i++) if (out.has(rows[i].file)) { writers[i] = predict(m, ex[i]); softmaxInto(zBuf, WPROB, i * K); writersW[i] = windowScore(m, ex[i]) }
      if (verbose) console.log(`  writers group ${g + 1}/${groups} done, ${((performance.now() - t0) / 1000).toFixed(0)} s`)
    }
  }
  WIN.set(kfold, kfoldW)
  WIN.set(writers, writersW)
  return { kfold, writers }
}

type Report = { recall: number; fa: number; per: Map<string, [number, number]> }
/** the thresholds chosen so far, which evaluate() applies besides its main (and urgent) one; u NaN: the main one */
let TH: Thresholds = { t: NaN, u: NaN, tw: Infinity, tb: Infinity, ts: Infinity, tv: 0 }
/** the hard rules hold row i, unless the model overrules them (vetoesRules; windows count only with evidence, as in the scanner) */
const rulesHold = (i: number, score: number, win: number, tv = TH.tv) => rulesHeld[i] && !vetoesRules(tv, score, evid[i] ? win : 0, urgentRule[i])
/** the rows of each file (the threshold search evaluates them often) */
const rowsOfFile = new Map(files.map((f) => [f, rows.map((_, i) => i).filter((i) => rows[i].file === f)]))
const allRows = rows.map((_, i) => i)
const rowKey = rows.map((r) => `${r.expected}/${r.category}`)
/** false while searching thresholds (per-category counts are not needed there) */
let NEED_PER = true
function evaluate(scores: Float64Array, t: number, sel: ((i: number) => boolean) | number[] = allRows, withRules = true, tu = Number.isNaN(TH.u) ? t : TH.u): Report {
  const th = { ...TH, t, u: tu }
  let pos = 0, tp = 0, neg = 0, fp = 0
  const per = new Map<string, [number, number]>()
  const ids = Array.isArray(sel) ? sel : allRows.filter(sel)
  const win = WIN.get(scores)
  for (const i of ids) {
    if (Number.isNaN(scores[i])) continue
    const w = win ? win[i] : 0
    const held = (withRules && rulesHold(i, scores[i], w, th.tv)) || modelHolds(scores[i], w, evid[i], tokCount[i], urgentCue[i], th)
    if (NEED_PER) {
      const p = per.get(rowKey[i]) ?? [0, 0]
      p[1]++
      if (held) p[0]++
      per.set(rowKey[i], p)
    }
    if (rows[i].expected === 'review') { pos++; if (held) tp++ } else { neg++; if (held) fp++ }
  }
  return { recall: tp / Math.max(1, pos), fa: fp / Math.max(1, neg), per }
}
const pct = (x: number) => `${(100 * x).toFixed(1)}%`

/**
 * The lowest threshold at which the out-of-fold false-alarm rate stays at or below MAX_FA in
 * the 5-fold and the leave-writers-out cross-validations, AND at or below MAX_FA_FILE (the
 * target) for every single held-out file (the worst author, not only the average: the unseen
 * corpus is written by yet other people).
 */
function chooseThreshold(cv: { kfold: Float64Array; writers: Float64Array }, urgent = false, base = 0.99): number {
  const within = (t: number) => {
    const a = urgent ? base : t
    const u = urgent ? t : NaN
    let ok = evaluate(cv.kfold, a, undefined, true, Number.isNaN(u) ? a : u).fa <= MAX_FA
    if (files.length > 1) {
      if (evaluate(cv.writers, a, undefined, true, Number.isNaN(u) ? a : u).fa > MAX_FA) ok = false
      for (const f of files) if (evaluate(cv.writers, a, rowsOfFile.get(f)!, true, Number.isNaN(u) ? a : u).fa > MAX_FA_FILE) ok = false
    }
    return ok
  }
  let best = urgent ? base : 0.99
  for (let t = best; t >= 0.05; t -= 0.01) {
    if (within(t)) best = t
    else break
  }
  return Math.round(best * 100) / 100
}

const t0 = performance.now()
const examples = buildExamples(cfg)
const cv = crossValidate(examples, cfg.bits)
const fileIndex = rows.map((r) => files.indexOf(r.file))
/** length bands for MAX_FA_LENGTH: under 15 tokens, 15-40, 40-100, 100 and more */
const LENGTH_EDGES = [15, 40, 100]
const lengthBand = tokCount.map((n) => LENGTH_EDGES.filter((e) => n >= e).length)
/**
 * The threshold search in O(files) per candidate: with the window and no-evidence thresholds fixed,
 * a row is held whatever the main and urgent thresholds (a hard rule, its best window, a post
 * without evidence above `tb`), never, or from a score on (the main threshold for a post with
 * evidence, the urgent one, never above it, when an urgent cue fired). Counting the rows of the
 * last two kinds per file, label and hundredth of score gives every (t, u) pair by table lookups —
 * the same decision as modelHolds() on thresholds in hundredths.
 */
type HoldCounts = ReturnType<typeof holdCounts>
function holdCounts(scores: Float64Array, tw: number, tb: number, ts: number, tv: number, group: ArrayLike<number> = fileIndex, groups = files.length) {
  const win = WIN.get(scores)!
  const B = 101
  const NL = groups * 2 // (group, label) pairs, label 1 = review
  const fixed = new Int32Array(NL)
  const total = new Int32Array(NL)
  const fromT = new Int32Array(NL * B)
  const fromU = new Int32Array(NL * B)
  for (let i = 0; i < rows.length; i++) {
    if (Number.isNaN(scores[i])) continue
    const fl = group[i] * 2 + (rows[i].expected === 'review' ? 1 : 0)
    total[fl]++
    if (rulesHold(i, scores[i], win[i], tv) || (evid[i] && win[i] >= tw) || (!evid[i] && scores[i] >= (tokCount[i] > GATE_SHORT ? tb : ts))) fixed[fl]++
    else if (evid[i]) (urgentCue[i] ? fromU : fromT)[fl * B + Math.min(100, Math.floor(scores[i] * 100 + 1e-9))]++
  }
  // suffix sums: rows whose score reaches hundredth b
  for (let fl = 0; fl < NL; fl++) for (let b = B - 2; b >= 0; b--) { fromT[fl * B + b] += fromT[fl * B + b + 1]; fromU[fl * B + b] += fromU[fl * B + b + 1] }
  const held = (fl: number, ti: number, ui: number) => fixed[fl] + fromT[fl * B + ti] + fromU[fl * B + Math.min(ti, ui)]
  return {
    /** recall and false alarms at t = ti/100, u = ui/100, over all rows or the group g (a file, a length band) */
    rates(ti: number, ui: number, g?: number) {
      let tp = 0, pos = 0, fp = 0, neg = 0
      for (let k = g ?? 0; k <= (g ?? groups - 1); k++) {
        fp += held(2 * k, ti, ui); neg += total[2 * k]
        tp += held(2 * k + 1, ti, ui); pos += total[2 * k + 1]
      }
      return { recall: tp / Math.max(1, pos), fa: fp / Math.max(1, neg) }
    },
  }
}
/**
 * --joint (default): the thresholds together (main, urgent cue, best window, no risk evidence, short
 * post without risk evidence) — the set with the best out-of-fold recall less FA_WEIGHT × false
 * alarms (leave-writers-out + 5-fold) under the same false-alarm limits (and, leaving writers out, MAX_FA_LENGTH for each length band);
 * ties go to the higher (more cautious) set. The two for posts without risk evidence must also lie
 * above every ordinary probe's score under every leave-writers-out model, the short one by
 * SHORT_MARGIN. With them, the model's veto on the hard rules (vetoesRules): none, 0.02 or 0.05
 * (--veto=false: none).
 * --joint=false: the main threshold first, then the urgent one (the previous method).
 */
function chooseJoint(cv: { kfold: Float64Array; writers: Float64Array }): Thresholds {
  const main = chooseThreshold(cv)
  let best: Thresholds = { t: main, u: main, tw: Infinity, tb: Infinity, ts: Infinity, tv: 0 }
  let bestGain = -1
  const bareChoices = [Infinity, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7].filter((tb) => tb > bareFloor)
  const shortChoices = [Infinity, 0.99, 0.98, 0.97, 0.96, 0.95, 0.93, 0.9].filter((ts) => ts >= shortFloor + SHORT_MARGIN)
  /** recall less FA_WEIGHT × false alarms (5-fold + leave-writers-out) at main threshold ti/100 and urgent ui/100, or -1 if a false-alarm limit is broken */
  const gainWithin = (kc: HoldCounts, wc: HoldCounts, wl: HoldCounts, ti: number, ui: number) => {
    const k = kc.rates(ti, ui)
    if (k.fa > MAX_FA) return -1
    if (files.length === 1) return k.recall - FA_WEIGHT * k.fa
    const l = wc.rates(ti, ui)
    if (l.fa > MAX_FA) return -1
    for (let f = 0; f < files.length; f++) if (wc.rates(ti, ui, f).fa > MAX_FA_FILE) return -1
    for (let b = 0; b <= LENGTH_EDGES.length; b++) if (wl.rates(ti, ui, b).fa > MAX_FA_LENGTH) return -1
    return k.recall + l.recall - FA_WEIGHT * (k.fa + l.fa)
  }
  const windowChoices = WINDOWS ? [Infinity, 0.99, 0.98, 0.97, 0.96, 0.95, 0.94, 0.93, 0.92, 0.9, 0.88, 0.86, 0.84] : [Infinity]
  const vetoChoices = args.get('veto') === 'false' ? [0] : [0, 0.02, 0.05]
  const noEvidenceChoices = (args.get('bare') === 'false' ? [Infinity] : bareChoices).flatMap((tb) => (args.get('short') === 'false' ? [Infinity] : shortChoices).filter((ts) => ts >= tb).map((ts) => [tb, ts]))
  for (const tv of vetoChoices) for (const [tb, ts] of noEvidenceChoices) {
    for (const tw of windowChoices) {
      const kc = holdCounts(cv.kfold, tw, tb, ts, tv)
      const wc = holdCounts(cv.writers, tw, tb, ts, tv)
      const wl = holdCounts(cv.writers, tw, tb, ts, tv, lengthBand, LENGTH_EDGES.length + 1)
      for (let ti = 99; ti >= 30; ti--) {
        const t = ti / 100
        // stricter for posts without risk evidence, never looser
        if (tb < t) continue
        let ui = ti
        for (; ui >= 20; ui--) {
          const gain = gainWithin(kc, wc, wl, ti, ui)
          if (gain < 0) break
          if (gain > bestGain + 1e-9) { bestGain = gain; best = { t, u: ui / 100, tw, tb, ts, tv } }
        }
        // a lower threshold only holds more: once the urgent one cannot even start at t, no lower t can
        if (ui === ti) break
      }
    }
  }
  TH = best
  // the counted search and evaluate() must agree (they are two codings of modelHolds)
  const { t, u, tw, tb, ts, tv } = best
  for (const scores of files.length > 1 ? [cv.kfold, cv.writers] : [cv.kfold]) {
    const a = evaluate(scores, t, undefined, true, u)
    const b = holdCounts(scores, tw, tb, ts, tv).rates(Math.round(t * 100), Math.round(u * 100))
    if (Math.abs(a.recall - b.recall) > 1e-9 || Math.abs(a.fa - b.fa) > 1e-9) throw new Error(`threshold search and evaluate() disagree at ${JSON.stringify(best)}`)
  }
  return best
}
// ---- ordinary short forum posts (not training data): how many would the cross-validation models hold?
// A diagnostic for artefacts of the training data ("reply", "OP", "everyone", "here", "anonymous").
const PROBES = [
  'Second reply', 'First reply', 'Hello everyone, first time posting here.', 'Named reply by the OP.', 'And a second message.', 'Bump', 'bump, anyone?',
  'Thanks all, this thread helped.', 'Thank you so much for replying', 'Same here.', 'This.', '+1 to everything above', 'Following', 'Following this thread',
  'OP here, quick update: we talked last night and it went well.', 'Update from OP: still together, still working on it.', 'Lurker here, finally made an account.',
  'Good advice in this thread', 'Great reply, saved it.', 'Agreed with the reply above', "You're not alone", 'You are not alone in this', 'Your partner sounds lovely',
  'Your husband sounds like a keeper', 'You did nothing wrong', "You've got this", 'Mods please move this to the right board', 'Mods, can you delete my previous post?',
  'Posting anonymously because my wife reads this forum.', 'Throwaway account for obvious reasons', 'Anonymous for this one, sorry.', 'Welcome to the forum!',
  'Welcome, glad you found us', 'Hi all', 'Hey everyone', 'Good morning everyone', 'Edit: typo', 'Edit: thanks for all the replies', 'Reply to the comment above',
  'Replying here so I can find this later', 'Quoting the OP: "we never talk anymore"', 'What did you end up doing?', 'How did it go?', 'Any updates?',
  'Sending hugs', 'Hugs to you', 'I hear you.', 'Sorry, double post.', 'Test post please ignore', 'Long time reader, first time poster.', 'Me too',
]
const pex = (() => {
  const buf = new FeatBuf()
  return PROBES.map((t) => {
    const a = scanner.analyze(t)
    return { count: a.input!.count, ex: exampleOf(cfg, a.input!, 0, a.rulesDecision !== 'allow', -1, false, buf), evid: hasEvidence(new Set(a.input!.tags.map((h) => hashNames.get(h) ?? '?').filter((n) => !n.includes('&')).map((n) => n.replace(/^q:/, ''))), a.input!.count, !!a.minorNumber), urgent: !!a.urgentCue }
  })
})()
/** a post without risk evidence (of more than GATE_SHORT tokens) is held only above every such probe's score under any leave-writers-out model */
const bareProbes = pex.filter((p) => !p.evid && !p.ex.rules && p.count > GATE_SHORT)
const bareFloor = Math.max(0, ...bareProbes.flatMap((p) => writerModels.map((m) => predict(m, p.ex))))
/** and a short one only SHORT_MARGIN above every short probe's score (51 probes are a small sample of what members write) */
const shortProbes = pex.filter((p) => !p.evid && !p.ex.rules && p.count <= GATE_SHORT)
const shortFloor = Math.max(0, ...shortProbes.flatMap((p) => writerModels.map((m) => predict(m, p.ex))))
const SHORT_MARGIN = 0.05
NEED_PER = false
const joint = args.get('joint') !== 'false' && args.get('urgent') !== 'false' ? chooseJoint(cv) : null
if (!joint) {
  TH.t = chooseThreshold(cv)
  // then, with the main threshold fixed, how far the urgent one (self-harm / minors cue present) can go
  TH.u = args.get('urgent') === 'false' ? TH.t : chooseThreshold(cv, true, TH.t)
}
NEED_PER = true
const { t: threshold, u: thresholdUrgent, tw: thresholdWindow, tb: thresholdBare, ts: thresholdShort, tv: thresholdVeto } = TH
console.log(`features ${JSON.stringify(cfg)} l2=${L2} epochs=${EPOCHS} lr=${LR}; cross-validation ${((performance.now() - t0) / 1000).toFixed(1)} s`)
const show = (name: string, s: Float64Array, t: number, sel?: (i: number) => boolean) => {
  const r = evaluate(s, t, sel)
  const m = evaluate(s, t, sel, false)
  console.log(`  ${name.padEnd(34)} recall ${pct(r.recall).padStart(6)}  false alarms ${pct(r.fa).padStart(5)}   (model alone: ${pct(m.recall)} / ${pct(m.fa)})`)
  return r
}
/** recall and false alarms of a fixed verdict per row (the rules' own, without the model) */
const verdictRates = (held: boolean[], ids: number[]) => {
  let pos = 0, tp = 0, neg = 0, fp = 0
  for (const i of ids) if (rows[i].expected === 'review') { pos++; if (held[i]) tp++ } else { neg++; if (held[i]) fp++ }
  return { recall: tp / Math.max(1, pos), fa: fp / Math.max(1, neg) }
}
for (const f of files) {
  // counted directly: routed through evaluate() with made-up scores, the chosen no-evidence, short
  // and veto thresholds would apply to them
  const r = verdictRates(allRulesHeld, rowsOfFile.get(f)!)
  const h = verdictRates(rulesHeld, rowsOfFile.get(f)!)
  console.log(`  rules only on ${f}: recall ${pct(r.recall)}, false alarms ${pct(r.fa)}; hard rules only: ${pct(h.recall)} / ${pct(h.fa)}`)
}
console.log(`threshold ${threshold}, with an urgent cue ${thresholdUrgent}, best window of a long post ${thresholdWindow}, without risk evidence ${thresholdBare} (probes' highest score ${bareFloor.toFixed(3)}), short without risk evidence ${thresholdShort} (probes' highest score ${shortFloor.toFixed(3)}), the model overrules the hard rules below ${thresholdVeto} (max out-of-fold false alarms ${pct(MAX_FA)}, ${pct(MAX_FA_FILE)} per held-out file)`)
const kf = show('5-fold CV, all files', cv.kfold, threshold)
let writersAll: Report | null = null
if (files.length > 1) {
  writersAll = show('leave-writers-out, all', cv.writers, threshold)
  for (const f of files) show(`  held-out file ${f}`, cv.writers, threshold, (i) => rows[i].file === f)
}
const perTable = (r: Report, title: string) => {
  console.log(title)
  for (const [k, [h, n]] of [...r.per.entries()].sort()) console.log(`    ${k.padEnd(28)} ${String(h).padStart(4)}/${String(n).padEnd(4)} ${pct(h / n)}`)
}
if (verbose || !args.has('cv-only')) {
  perTable(kf, 'per category, 5-fold CV (held / total):')
  if (writersAll) perTable(writersAll, 'per category, leave-writers-out (held / total):')
}
/** model-alone recall at the threshold that gives a fixed false-alarm rate */
function recallAtFa(scores: Float64Array, fa: number): string {
  const negs: number[] = []
  const poss: number[] = []
  for (let i = 0; i < rows.length; i++) { if (Number.isNaN(scores[i])) continue; (rows[i].expected === 'review' ? poss : negs).push(scores[i]) }
  negs.sort((a, b) => b - a)
  const t = negs[Math.floor(fa * negs.length)] ?? 0
  return pct(poss.filter((x) => x > t).length / Math.max(1, poss.length))
}
console.log(`model alone, recall at 1/2/3/5% false alarms: kfold ${[0.01, 0.02, 0.03, 0.05].map((f) => recallAtFa(cv.kfold, f)).join(' ')}` +
  (files.length > 1 ? `; writers ${[0.01, 0.02, 0.03, 0.05].map((f) => recallAtFa(cv.writers, f)).join(' ')}` : ''))
if (verbose) {
  for (const t of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
    const a = evaluate(cv.kfold, t)
    const b = evaluate(cv.writers, t)
    console.log(`  t=${t}: kfold ${pct(a.recall)}/${pct(a.fa)}  writers ${pct(b.recall)}/${pct(b.fa)}  per file (writers FA) ${files.map((f) => pct(evaluate(cv.writers, t, (i) => rows[i].file === f).fa)).join(' ')}`)
  }
}

{
  const heldBy = (m: Model) => pex.map((p, k) => [k, (p.ex.rules && !vetoesRules(thresholdVeto, predict(m, p.ex), 0, false)) || modelHolds(predict(m, p.ex), 0, p.evid, p.count, p.urgent, TH)] as const).filter(([, h]) => h).map(([k]) => k)
  const counts = writerModels.map(heldBy)
  console.log(`ordinary probes (${PROBES.length}) held by the leave-writers-out models: ${counts.map((c) => c.length).join(' ')}${counts.flat().length ? ' — ' + [...new Set(counts.flat())].map((k) => JSON.stringify(PROBES[k])).join(', ') : ''}`)
}

/** held out of fold (leave-writers-out) with the main threshold t and the chosen others; 'rules' when the hard rules alone hold it */
const writersWin = WIN.get(cv.writers)!
const heldOutOfFold = (i: number, t: number): 'rules' | boolean => rulesHold(i, cv.writers[i], writersWin[i]) ? 'rules' : modelHolds(cv.writers[i], writersWin[i], evid[i], tokCount[i], urgentCue[i], { ...TH, t })
if (args.has('show-miss')) {
  const t = Number(args.get('show-miss'))
  const cat = args.get('category')
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].expected === 'review' && !heldOutOfFold(i, t) && (!cat || rows[i].category === cat)) console.log(`MISS ${cv.writers[i].toFixed(2)} [${rows[i].file}/${rows[i].category}] ${rows[i].text.slice(0, 220).replace(/\n/g, ' ')}`)
  }
}
if (args.has('show-fa')) {
  const t = Number(args.get('show-fa'))
  for (let i = 0; i < rows.length; i++) {
    const held = rows[i].expected === 'allow' && heldOutOfFold(i, t)
    if (held) console.log(`FA ${held === 'rules' ? 'rules' : cv.writers[i].toFixed(2)} [${rows[i].file}/${rows[i].category}] {${[...rowTags[i]].filter((n) => n.startsWith('rule:') || GATE_STRONG.has(n) || GATE_CUES.has(n)).join(' ')}} ${rows[i].text.slice(0, 220).replace(/\n/g, ' ')}`)
  }
}
if (!args.has('cv-only')) {
  const all = rows.map((_, i) => i)
  const m = train(examples, all, cfg.bits)
  const enc = encodeInt8(m.w)
  const file: ModelFile = {
    version: 3,
    features: cfg,
    classes: CLASSES,
    bias: [...m.bias].map((b) => Math.round(b * 1e4) / 1e4),
    threshold,
    thresholdUrgent,
    ...(thresholdWindow < 1 ? { thresholdWindow } : {}),
    ...(thresholdBare < 1 ? { thresholdBare } : {}),
    ...(thresholdShort < 1 ? { thresholdShort } : {}),
    ...(thresholdVeto > 0 ? { thresholdVeto } : {}),
    q: enc.q,
    weights: enc.data,
    meta: {
      trainedOn: files, rows: rows.length, l2: L2, epochs: EPOCHS, lr: LR, maxFalseAlarms: MAX_FA,
      cv5: { recall: kf.recall, falseAlarms: kf.fa },
      ...(writersAll ? { leaveWritersOut: { recall: writersAll.recall, falseAlarms: writersAll.fa } } : {}),
    },
  }
  const json = JSON.stringify(file)
  writeFileSync(modelPath(), json)
  console.log(`wrote ${modelPath()} (${(json.length / 1024).toFixed(0)} KB)`)
}
if (args.has('show-noevid')) for (let i = 0; i < rows.length; i++) if (!evid[i] && rows[i].expected === 'review') console.log(`NOEVID ${cv.writers[i].toFixed(2)} [${rows[i].file}/${rows[i].category}] ${rows[i].text.slice(0, 200).replace(/\n/g, ' ')}`)
if (args.has('gate-stats')) {
  // for each evidence tag: rows for which it is the only evidence (review not held by hard rules / allow)
  const only = new Map<string, [number, number]>()
  for (let i = 0; i < rows.length; i++) {
    if (rulesHeld[i] || tokCount[i] >= GATE_MIN || minorNum[i]) continue
    const ev = [...rowTags[i]].filter((n) => n.startsWith('rule:') || GATE_STRONG.has(n) || (tokCount[i] > GATE_SHORT && GATE_CUES.has(n)))
    for (const n of ev) {
      const o = only.get(n) ?? [0, 0]
      if (ev.length <= 2) o[rows[i].expected === 'review' ? 0 : 1]++
      only.set(n, o)
    }
  }
  for (const [n, [r, a]] of [...only.entries()].sort((x, y) => y[1][1] - x[1][1])) console.log(`  evidence ${n.padEnd(24)} sole-or-pair evidence for review ${r}, allow ${a}`)
}
if (args.has('by-length')) {
  for (const [lo, hi] of [[0, 15], [15, 40], [40, 100], [100, 250], [250, 1e9]]) {
    const r = evaluate(cv.writers, threshold, (i) => tokCount[i] >= lo && tokCount[i] < hi)
    const n = rows.filter((_, i) => tokCount[i] >= lo && tokCount[i] < hi)
    console.log(`  tokens ${lo}-${hi}: review ${n.filter((r) => r.expected === 'review').length} held ${pct(r.recall)}, allow ${n.filter((r) => r.expected === 'allow').length} FA ${pct(r.fa)}`)
  }
}
if (args.has('dump-cv')) {
  // out-of-fold scores of every row and of the probes, for trying decision policies offline
  const kwin = WIN.get(cv.kfold)!
  writeFileSync(args.get('dump-cv')!, JSON.stringify({
    classes: CLASSES,
    rows: rows.map((r, i) => ({ id: r.id, file: r.file, expected: r.expected, category: r.category, evid: evid[i], tokens: tokCount[i], urgent: urgentCue[i], rules: rulesHeld[i], writers: cv.writers[i], writersWin: writersWin[i], writersP: [...WPROB.subarray(i * K, i * K + K)].map((p) => Math.round(p * 1e4) / 1e4), kfold: cv.kfold[i], kfoldWin: kwin[i] })),
    probes: pex.map((p, k) => ({ text: PROBES[k], evid: p.evid, rules: p.ex.rules, scores: writerModels.map((m) => predict(m, p.ex)) })),
  }))
}
