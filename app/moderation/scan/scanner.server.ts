import { TokenAutomaton } from './matcher.server.ts'
import { C_ALNUM, FNV_BASIS, charClass, fnvMix, normalizeText, tokenize, tokenKey, squeeze, stripSymbols, termKeys } from './normalize.server.ts'
import { detectChars, isCommonDomainEnding, looksLikeHandle } from './detectors.server.ts'
import { TERMS, RULES, ALLOWED_WORDS, SLURS, BAD_WORDS_LIST, MODEL_CUES, EVIDENCE } from './rules.server.ts'
import type { ScanReason, ScanResult, Scanner, WatchedWord, ScanStats, ScanCategory } from './types.server.ts'
import { type LinearModel, type ModelInput, holdThreshold, loadDefaultModel, tagHash, vetoesRules } from './model.server.ts'

/** Expand "{a|b} c {d|}" into its alternatives (bounded). */
export function expandPhrase(p: string, limit = 50000): string[] {
  return expandRaw(p, limit).map((x) => x.replace(/\s+/g, ' ').trim()).filter((x) => x.length > 0)
}
function expandRaw(p: string, limit: number): string[] {
  const open = p.indexOf('{')
  if (open < 0) return [p]
  const close = p.indexOf('}', open)
  if (close < 0) throw new Error(`unbalanced braces in rule phrase: ${p}`)
  const alts = p.slice(open + 1, close).split('|')
  const rest = expandRaw(p.slice(close + 1), limit)
  const out: string[] = []
  for (const a of alts) for (const r of rest) {
    if (out.length >= limit) throw new Error(`rule phrase expands to more than ${limit} alternatives: ${p}`)
    out.push(p.slice(0, open) + a + r)
  }
  return out
}

const INFLECTIONS = ['s', 'es', 'ed', 'ing', 'er', 'ers', 'y']

type PatternInfo = { tags: number[]; watched?: WatchedWord }
type Hit = { s: number; e: number; pat: number }

type Compiled = {
  vocab: Map<string, number>
  squeezed: Map<string, number>
  masked: Map<string, number>
  ac: TokenAutomaton
  patterns: PatternInfo[]
  tagIndex: Map<string, number>
  tagNames: string[]
  /** bit mask of single-token tags per vocabulary id */
  tokenMask: Int32Array
  maskBit: Map<string, number>
  maxMerge: number
  /** tags that only feed the learned layer (no hit objects) */
  isCue: Uint8Array
  /** plain a-z vocabulary keys (and squeezed keys) by FNV hash, for lookups without building strings */
  plainTab: HashTab
  sqTab: HashTab
  /** index of a tag among those whose same-sentence pairs are model features, or -1 */
  pairIdx: Int32Array
  pairCount: number
}

const MASKABLE_TAGS = new Set(['SLUR', 'INSULT', 'WATCH_BLOCK', 'WATCH_REVIEW', 'HARASS'])
const MASK_BIT_TAGS = ['FILL', 'INSULT', 'SLUR', 'DIGITWORD', 'SOCIAL', 'STREET', 'AIM', 'AT_WORD', 'NEG']

function compile(watchedWords: WatchedWord[]): Compiled {
  const tagIndex = new Map<string, number>()
  const tagNames: string[] = []
  const tagId = (t: string) => {
    let i = tagIndex.get(t)
    if (i === undefined) { i = tagNames.length; tagIndex.set(t, i); tagNames.push(t) }
    return i
  }
  for (const t of ['WATCH_BLOCK', 'WATCH_REVIEW', 'PHONE', 'EMAIL', 'URL', 'SAFE_URL', 'BAD_URL', 'MONEY', 'HANDLE', 'HANDLE_AT', 'ADDRESS', 'NAME']) tagId(t)

  const entries = new Map<string, { keys: string[]; tags: Set<number>; watched?: WatchedWord }>()
  const add = (keys: string[], tag: string, watched?: WatchedWord) => {
    if (!keys.length) return
    const k = keys.join(' ')
    let e = entries.get(k)
    if (!e) { e = { keys, tags: new Set() }; entries.set(k, e) }
    e.tags.add(tagId(tag))
    if (watched) {
      if (!e.watched || (watched.action === 'block' && e.watched.action !== 'block')) e.watched = watched
    }
  }

  const allowed = new Set(ALLOWED_WORDS.map((w) => termKeys(w).join(' ')))
  const slurKeys = new Set(SLURS.map((w) => termKeys(w).join(' ')))
  for (const list of [...TERMS, ...MODEL_CUES]) {
    const terms = list.tag === 'INSULT'
      // stock bad-words entries that are neither allowed nor slurs are insults when aimed at someone
      ? [...list.terms, ...BAD_WORDS_LIST.map((w) => w.replace(/\*/g, '').replace(/;$/, '')).filter((w) => {
        const k = termKeys(w).join(' ')
        return k && !allowed.has(k) && !slurKeys.has(k)
      })]
      : list.terms
    for (const t of terms) {
      for (const phrase of expandPhrase(t)) {
        const keys = termKeys(phrase)
        add(keys, list.tag)
        if ((list.inflect || list.tag === 'SLUR' || list.tag === 'INSULT') && keys.length === 1 && keys[0].length >= 3) {
          for (const suf of INFLECTIONS) if (suf === 's' || suf === 'es') add([keys[0] + suf], list.tag)
        }
      }
    }
  }
  for (const w of watchedWords) {
    const keys = termKeys(w.term)
    add(keys, w.action === 'block' ? 'WATCH_BLOCK' : 'WATCH_REVIEW', w)
  }

  const vocab = new Map<string, number>()
  for (const e of entries.values()) for (const k of e.keys) if (!vocab.has(k)) vocab.set(k, vocab.size)
  const squeezed = new Map<string, number>()
  for (const [k, id] of vocab) {
    if (k.length < 3) continue
    const q = squeeze(k)
    if (!squeezed.has(q)) squeezed.set(q, id)
  }
  const ac = new TokenAutomaton(vocab.size + 1)
  const patterns: PatternInfo[] = []
  const maskBit = new Map<string, number>()
  MASK_BIT_TAGS.forEach((t, i) => maskBit.set(t, 1 << i))
  const tokenMask = new Int32Array(vocab.size)
  const masked = new Map<string, number>()
  for (const e of entries.values()) {
    const ids = e.keys.map((k) => vocab.get(k)!)
    const idx = ac.add(ids)
    patterns[idx] = { tags: [...e.tags], watched: e.watched }
    if (ids.length === 1) {
      for (const t of e.tags) {
        const b = maskBit.get(tagNames[t])
        if (b) tokenMask[ids[0]] |= b
      }
      // "f*ck", "c**t": one or two inner letters replaced by asterisks
      if ([...e.tags].some((t) => MASKABLE_TAGS.has(tagNames[t])) && e.keys[0].length >= 3) {
        const k = e.keys[0]
        for (let i = 1; i < k.length - 1; i++) {
          const m1 = k.slice(0, i) + '*' + k.slice(i + 1)
          if (!masked.has(m1)) masked.set(m1, ids[0])
          if (i < k.length - 2) {
            const m2 = k.slice(0, i) + '**' + k.slice(i + 2)
            if (!masked.has(m2)) masked.set(m2, ids[0])
          }
        }
        // "n*gg*r", "f*gg*t": two or more of the inner vowels starred
        const vowels = [...k.slice(1, -1)].flatMap((ch, i) => ('aeiou'.includes(ch) ? [i + 1] : []))
        if (vowels.length >= 2 && vowels.length <= 5) {
          for (let set = 1; set < 1 << vowels.length; set++) {
            if ((set & (set - 1)) === 0) continue // one vowel: m1 above
            const chars = [...k]
            vowels.forEach((at, b) => { if (set & (1 << b)) chars[at] = '*' })
            const m = chars.join('')
            if (!masked.has(m)) masked.set(m, ids[0])
          }
        }
        const m3 = k[0] + '*'.repeat(k.length - 1)
        if (k.length >= 4 && !masked.has(m3) && tagNames[[...e.tags][0]] !== 'INSULT') masked.set(m3, ids[0])
      }
    }
  }
  ac.build()
  // tags that only serve as single-token masks (fillers, digit words…) produce no hit objects
  const hitTags = new Set<number>()
  const used = (t?: string) => { if (t && tagIndex.has(t)) hitTags.add(tagIndex.get(t)!) }
  for (const r of RULES) {
    used(r.on); used(r.near?.tag); used(r.aimedBy?.tag)
    for (const u of r.unless ?? []) used(u.tag)
  }
  for (const t of ['WATCH_BLOCK', 'WATCH_REVIEW', 'CONTACT', 'SOCIAL']) used(t)
  for (const l of MODEL_CUES) used(l.tag)
  for (const p of patterns) p.tags = p.tags.filter((t) => hitTags.has(t))
  const isCue = new Uint8Array(tagNames.length)
  for (const l of MODEL_CUES) isCue[tagIndex.get(l.tag)!] = 1
  // pairs: the cue classes and the rule lexicon tags that carry meaning (not fillers, detectors)
  const pairIdx = new Int32Array(tagNames.length).fill(-1)
  let pairCount = 0
  const NO_PAIR = new Set(['WATCH_BLOCK', 'WATCH_REVIEW', 'PHONE', 'EMAIL', 'URL', 'SAFE_URL', 'BAD_URL', 'MONEY', 'HANDLE', 'HANDLE_AT', 'ADDRESS', 'NAME', 'AIM_NEXT', 'AIM_AFTER', 'STREET', 'DIGITWORD', 'AT_WORD', 'FILL'])
  for (let t = 0; t < tagNames.length; t++) if (hitTags.has(t) && !NO_PAIR.has(tagNames[t])) pairIdx[t] = pairCount++
  const plainTab = new HashTab([...vocab].filter(([k]) => /^[a-z]+$/.test(k)))
  const sqTab = new HashTab([...squeezed].filter(([k]) => /^[a-z]+$/.test(k)))
  return { vocab, squeezed, masked, ac, patterns, tagIndex, tagNames, tokenMask, maskBit, maxMerge: 24, isCue, pairIdx, pairCount, plainTab, sqTab }
}

/** string -> id table keyed by FNV hash, verified against the normalised text (no strings built) */
class HashTab {
  private readonly hk: Int32Array
  private readonly ids: Int32Array
  private readonly keys: string[]
  private readonly mask: number
  constructor(entries: Array<[string, number]>) {
    let size = 16
    while (size < entries.length * 2) size <<= 1
    this.hk = new Int32Array(size)
    this.ids = new Int32Array(size).fill(-1)
    this.keys = new Array<string>(size)
    this.mask = size - 1
    for (const [k, id] of entries) {
      let h = FNV_BASIS
      for (let i = 0; i < k.length; i++) h = fnvMix(h, k.charCodeAt(i))
      let i = (h ^ (h >>> 16)) & this.mask
      while (this.ids[i] !== -1) i = (i + 1) & this.mask
      this.hk[i] = h
      this.ids[i] = id
      this.keys[i] = k
    }
  }
  /** id of the word s[a, b) (squeezed: runs of one letter count once), or -1 */
  get(h: number, s: string, a: number, b: number, len: number, squeezed: boolean): number {
    let i = (h ^ (h >>> 16)) & this.mask
    for (;;) {
      const id = this.ids[i]
      if (id === -1) return -1
      if (this.hk[i] === h) {
        const k = this.keys[i]
        if (k.length === len) {
          let ok = true
          let q = 0
          let last = -1
          for (let p = a; p < b; p++) {
            const c = s.charCodeAt(p)
            if (squeezed && c === last) continue
            last = c
            if (k.charCodeAt(q++) !== c) { ok = false; break }
          }
          if (ok) return id
        }
      }
      i = (i + 1) & this.mask
    }
  }
}

/** vocabulary id of the plain a-z token s[a, b) whose FNV-1a hash is h, or -1 (`repeated`: it has a letter twice in a row) */
function lookupPlain(c: Compiled, s: string, a: number, b: number, h: number, repeated: boolean): number {
  const id = c.plainTab.get(h, s, a, b, b - a, false)
  if (id >= 0 || b - a < 3 || !repeated) return id
  // repeated letters ("biitch"): the squeezed form
  let hq = FNV_BASIS
  let lq = 0
  let last = -1
  for (let p = a; p < b; p++) {
    const ch = s.charCodeAt(p)
    if (ch !== last) { hq = fnvMix(hq, ch); lq++ }
    last = ch
  }
  return c.sqTab.get(hq, s, a, b, lq, true)
}

function isPlainWord(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i)
    if (ch < 97 || ch > 122) return false
  }
  return true
}

function lookup(c: Compiled, raw: string): number {
  if (isPlainWord(raw)) {
    const id0 = c.vocab.get(raw)
    if (id0 !== undefined) return id0
    if (raw.length < 3) return -1
    for (let i = 1; i < raw.length; i++) {
      if (raw.charCodeAt(i) === raw.charCodeAt(i - 1)) {
        const q = c.squeezed.get(squeeze(raw))
        return q === undefined ? -1 : q
      }
    }
    return -1
  }
  const stripped = stripSymbols(raw)
  const key = tokenKey(stripped)
  let id = c.vocab.get(key)
  if (id !== undefined) return id
  if (stripped.length !== raw.length) {
    const full = tokenKey(raw)
    id = c.vocab.get(full)
    if (id !== undefined) return id
  }
  if (key.indexOf('*') >= 0) {
    id = c.masked.get(key)
    if (id !== undefined) return id
  }
  if (key.length >= 3) {
    let hasDouble = false
    for (let i = 1; i < key.length; i++) if (key.charCodeAt(i) === key.charCodeAt(i - 1)) { hasDouble = true; break }
    if (hasDouble) {
      id = c.squeezed.get(squeeze(key))
      if (id !== undefined) return id
    }
  }
  return -1
}


type TokenStream = {
  count: number
  ns: Int32Array
  ne: Int32Array
  id: Int32Array
  sent: Int32Array
  flags: Uint8Array
  raw: string[]
}

function buildStream(c: Compiled, text: string, stats?: ScanStats) {
  const norm = normalizeText(text, stats)
  const t = tokenize(norm, stats, false)
  const N = t.count
  const ts = norm.s
  // the stream is compacted in place over the tokenizer's arrays (merging only ever shrinks it)
  const ns = t.nStart
  const ne = t.nEnd
  const sent = t.sentence
  const flags = t.flags
  // one buffer for the ids and the single-letter marks (typed-array allocations are the costly part)
  const idBuf = new ArrayBuffer(N * 5)
  const id = new Int32Array(idBuf, 0, N)
  /** token texts, filled lazily (see rawAt) except for merged and symbol-stripped tokens */
  const raw: string[] = new Array<string>(N)
  let m = 0
  // single a-z letters (candidates for "s l u t" merging)
  const single = new Uint8Array(idBuf, N * 4, N)
  for (let i = 0; i < N; i++) {
    if (t.nEnd[i] - t.nStart[i] !== 1) continue
    const ch = ts.charCodeAt(t.nStart[i])
    if (ch >= 97 && ch <= 122) single[i] = 1
  }
  let i = 0
  let steps = 0
  while (i < N) {
    steps++
    // spaced / dotted letters: "s l u t", "s.l.u.t"
    if (single[i] && i + 2 < N && single[i + 1] && t.gapSingle[i + 1] && single[i + 2] && t.gapSingle[i + 2]) {
      let b = i + 1
      while (b < N && b - i < c.maxMerge && single[b] && t.gapSingle[b]) b++
      let merged = false
      for (let len = b - i; len >= 3; len--) {
        steps++
        let word = ''
        for (let k = i; k < i + len; k++) word += ts[t.nStart[k]]
        const wid = lookup(c, word)
        if (wid >= 0) {
          const e = t.nEnd[i + len - 1]
          const f = (t.flags[i] & 1) | (t.flags[i + len - 1] & 2)
          ns[m] = t.nStart[i]; ne[m] = e; id[m] = wid; sent[m] = t.sentence[i]
          flags[m] = f; raw[m] = word; m++
          i += len
          merged = true
          break
        }
      }
      if (merged) continue
    }
    const a0 = t.nStart[i]
    const b0 = t.nEnd[i]
    const f0 = t.flags[i]
    ns[m] = a0; ne[m] = b0; sent[m] = t.sentence[i]; flags[m] = f0
    id[m] = f0 & 8 ? lookupPlain(c, ts, a0, b0, t.plainHash[i], (f0 & 16) !== 0) : lookup(c, ts.slice(a0, b0))
    if (f0 & 4 && id[m] >= 0) {
      // matched without its leading/trailing symbols ("bitch!!", "@ss" matched as "ass" keeps the @)
      const r0 = ts.slice(a0, b0)
      const st = stripSymbols(r0)
      if (st.length && st.length !== r0.length && c.vocab.get(tokenKey(st)) === id[m]) {
        const lead = r0.indexOf(st)
        ns[m] = a0 + lead
        ne[m] = ns[m] + st.length
        raw[m] = st
      }
    }
    m++
    i++
  }
  if (stats) stats.steps += steps
  const stream: TokenStream = { count: m, ns, ne, id, sent, flags, raw }
  return { norm, stream }
}

// ---------------------------------------------------------------------------------------------

/** the longest single-quoted passage, in tokens, taken for a quotation rather than a stray apostrophe */
const SINGLE_QUOTE_SPAN = 24
const isWordChar = (c: number) => charClass(c) === C_ALNUM
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13
/** may come right before an opening quote: the text's start, a space, a bracket, a dash, a colon or a double quote */
const opensQuote = (c: number) => isSpace(c) || c === 40 || c === 91 || c === 123 || c === 45 || c === 0x2014 || c === 58 || c === 34 || c === 47

/** words written with a leading apostrophe for dropped letters, which open no quotation */
const ELIDED = ['cause', 'cos', 'coz', 'cuz', 'em', 'til', 'till', 'tis', 'twas', 'bout', 'round', 'n', 'ello', 'ere', 'kay', 'ave', 'er', 'im', 'alf']
const elidedAt = (s: string, at: number) => ELIDED.some((w) => s.startsWith(w, at) && !isWordChar(at + w.length < s.length ? s.charCodeAt(at + w.length) : 32))

/**
 * Marks the tokens of quoted passages (reported speech, quoted messages) in `inQuote` (zeroed).
 * Double quotes toggle, an unclosed one runs to the end. Single quotes ("asked why I 'walk like a
 * spaz'") pair up only where they can be told from apostrophes: an opening quote follows a space
 * or bracket and precedes a letter, the closing one follows a non-space and precedes no letter.
 * Apostrophes inside words (don't, 90's) and before dropped letters ('cause, 'em) open nothing; an
 * unclosed opening single quote marks nothing, and neither does a passage longer than
 * SINGLE_QUOTE_SPAN tokens (a possessive "boys' " closing a stray quote).
 */
function markQuotedPassages(s: string, S: TokenStream, inQuote: Uint8Array): void {
  // the double quotes (found by indexOf) and the tokens walked together
  let q = 0
  let i = 0
  for (let p = s.indexOf('"'); p >= 0; p = s.indexOf('"', p + 1)) {
    while (i < S.count && S.ns[i] < p) inQuote[i++] = q
    q ^= 1
  }
  if (q) while (i < S.count) inQuote[i++] = q
  let open = -1
  i = 0
  for (let p = s.indexOf("'"); p >= 0; p = s.indexOf("'", p + 1)) {
    const before = p > 0 ? s.charCodeAt(p - 1) : 32
    const after = p + 1 < s.length ? s.charCodeAt(p + 1) : 32
    if (isWordChar(before) && isWordChar(after)) continue
    if (opensQuote(before) && isWordChar(after)) {
      if (!elidedAt(s, p + 1)) open = p
      continue
    }
    if (open < 0 || isSpace(before) || isWordChar(after)) continue
    while (i < S.count && S.ns[i] < open) i++
    let j = i
    while (j < S.count && S.ns[j] < p) j++
    if (j - i <= SINGLE_QUOTE_SPAN) inQuote.fill(1, i, j)
    i = j
    open = -1
  }
}

function lowerBound(arr: Hit[], e: number): number {
  let lo = 0
  let hi = arr.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (arr[mid].e < e) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** capitalised words that are not names */
const NAME_STOP = new Set(('i im ive id ill the a an and or but of in on at to for from with by as is are was were be been my your our his her their its this that these those ' +
  'he she they we you it me him them us what when where why how who which if so not no yes ok okay hi hey thanks thank please sorry also just still ' +
  'mr mrs ms dr st nhs uk us usa eu god jesus christ monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
  'august september october november december christmas easter bridge bridges op edit update tldr tl dr lol omg').split(' '))

/** what a scan exposes to the trainer: the learned layer's input and the rules' own verdict */
export type ScanCapture = {
  input?: ModelInput
  tagNames?: Map<number, string>
  /** decision of the hard rules (and watched words) alone */
  rulesDecision?: ScanResult['decision']
  /** decision of all rules, soft ones included (what a scanner without a model decides) */
  allRulesDecision?: ScanResult['decision']
  ruleCategories?: ScanCategory[]
  /** an urgent soft rule (self-harm, minors) fired */
  urgentCue?: boolean
  /** the post contains risk evidence (EVIDENCE in rules.server.ts): without it the model cannot hold it */
  evidence?: boolean
  /** a number that reads as a minor's age (10-17, "16yo") */
  minorNumber?: boolean
}
export type CompiledScanner = Scanner & { compiled: Compiled; analyze(text: string): ScanCapture }

export function createScanner(opts: { watchedWords?: WatchedWord[]; model?: LinearModel | null } = {}): CompiledScanner {
  const c = compile(opts.watchedWords ?? [])
  const model = opts.model === undefined ? loadDefaultModel() : opts.model
  const T = (name: string) => {
    const i = c.tagIndex.get(name)
    if (i === undefined) throw new Error(`unknown tag ${name}`)
    return i
  }
  // pre-resolve rules
  const rules = RULES.map((r) => ({
    r,
    on: T(r.on),
    aim: r.aimedBy ? { tag: T(r.aimedBy.tag), skipMask: r.aimedBy.skip.reduce((m, s) => m | (c.maskBit.get(s) ?? 0), 0), maxSkip: r.aimedBy.maxSkip, maxUnknown: r.aimedBy.maxUnknown } : null,
    near: r.near ? { tag: T(r.near.tag), window: r.near.window, same: !!r.near.sameSentence, after: !!r.near.after } : null,
    unless: (r.unless ?? []).map((u) => ({ tag: T(u.tag), before: u.before ?? 0, after: u.after ?? 0, same: !!u.sameSentence })),
  }))
  const NT = c.tagNames.length
  const tSOCIAL = c.maskBit.get('SOCIAL')!
  const tDIGIT = c.maskBit.get('DIGITWORD')!
  const tSTREET = c.maskBit.get('STREET')!
  const tagCONTACT = T('CONTACT')
  const tagSOCIALt = T('SOCIAL')

  // hashes of tag names and rule ids, for the learned layer's tag features
  const tagHashes = c.tagNames.map((n) => tagHash(n))
  const qTagHashes = c.tagNames.map((n) => tagHash('q:' + n))
  const ruleHashes = rules.map((R) => tagHash('rule:' + R.r.id))
  const hashNames = new Map<number, string>()
  c.tagNames.forEach((n, i) => { hashNames.set(tagHashes[i], n); hashNames.set(qTagHashes[i], 'q:' + n) })
  const P = c.pairCount
  const pairTags: number[] = []
  for (let t = 0; t < NT; t++) if (c.pairIdx[t] >= 0) pairTags[c.pairIdx[t]] = t
  const pairHashes = new Int32Array(P * P)
  for (let a = 0; a < P; a++) for (let b = a + 1; b < P; b++) {
    const name = `${c.tagNames[pairTags[a]]}&${c.tagNames[pairTags[b]]}`
    pairHashes[a * P + b] = tagHash(name)
    hashNames.set(pairHashes[a * P + b], name)
  }
  const isCue = c.isCue
  const pairIdx = c.pairIdx
  const aimTags = [...new Set(rules.filter((R) => R.aim).map((R) => R.aim!.tag))]
  const hitsScratch: Hit[][] = Array.from({ length: NT }, () => [])
  const windowScore = { score: 0 }
  /** per-scan byte arrays (quoted tokens, where aim-tag hits end, rules fired), zeroed slices of one reused buffer */
  let scratchBytes = new Uint8Array(0)
  const zeroedBytes = (n: number) => {
    if (scratchBytes.length < n) scratchBytes = new Uint8Array(2 * n)
    scratchBytes.fill(0, 0, n)
    return scratchBytes
  }
  const presentScratch = new Uint8Array(NT)
  const qPresentScratch = new Uint8Array(NT)
  const sentSeenScratch = new Int32Array(P)
  const pairSeenScratch = new Uint8Array(P * P)
  const lastPairs: number[] = []
  rules.forEach((R, i) => hashNames.set(ruleHashes[i], 'rule:' + R.r.id))
  // risk evidence: 2 = a rule lexicon or detector tag, 1 = a risk word class (in posts longer than shortTokens)
  const evLevel = new Uint8Array(NT)
  for (const n of EVIDENCE.cues) { const i = c.tagIndex.get(n); if (i !== undefined) evLevel[i] = 1 }
  for (const n of EVIDENCE.strong) { const i = c.tagIndex.get(n); if (i !== undefined) evLevel[i] = 2 }

  function scan(text: string, sopts?: { stats?: ScanStats }, capture?: ScanCapture): ScanResult {
    const stats = sopts?.stats
    if (typeof text !== 'string' || text.length === 0) return { decision: 'allow', reasons: [], urgent: false }
    const { norm, stream: S } = buildStream(c, text, stats)
    const rawAt = (i: number): string => S.raw[i] ?? (S.raw[i] = norm.s.slice(S.ns[i], S.ne[i]))
    // per-scan scratch space, reused (scan is synchronous and not re-entrant)
    const hits = hitsScratch
    for (let k = 0; k < NT; k++) if (hits[k].length) hits[k] = []
    // where hits of the aim tags end (the only tags aimedBy looks up by position)
    const bytes = zeroedBytes(S.count * (aimTags.length + 1) + rules.length)
    let bytesUsed = 0
    const takeBytes = (n: number) => bytes.subarray(bytesUsed, (bytesUsed += n))
    const endsAt: Array<Uint8Array | null> = new Array<Uint8Array | null>(NT).fill(null)
    for (const tg of aimTags) endsAt[tg] = takeBytes(S.count)
    // learned-layer cues: tags present in the post, and pairs of tags in the same sentence
    const present = presentScratch
    present.fill(0)
    const sentSeen = sentSeenScratch
    sentSeen.fill(-1)
    const sentTags: number[] = []
    const pairSeen = pairSeenScratch
    for (const k of lastPairs) pairSeen[k] = 0
    const pairs: number[] = lastPairs
    pairs.length = 0
    let curSent = -1
    // tokens between double quotes (reported speech, quoted messages): their tags are separate model features
    const inQuote = takeBytes(S.count)
    const qPresent = qPresentScratch
    qPresent.fill(0)
    markQuotedPassages(norm.s, S, inQuote)
    c.ac.run(S.id, S.count, function onPattern(pat, end) {
      const tags = c.patterns[pat].tags
      if (tags.length === 0) return
      const len = c.ac.patternLength[pat]
      const st = end - len + 1
      // phrases do not run across sentences ("my number. It's …")
      if (len > 1 && S.sent[st] !== S.sent[end] && !c.patterns[pat].watched) return
      let h: Hit | null = null
      const sn = S.sent[end]
      if (sn !== curSent) { curSent = sn; sentTags.length = 0 }
      const quotedHit = inQuote[st]
      for (const tg of tags) {
        present[tg] = 1
        if (quotedHit) qPresent[tg] = 1
        const pi = pairIdx[tg]
        if (pi >= 0 && sentSeen[pi] !== sn) {
          sentSeen[pi] = sn
          for (const o of sentTags) {
            const k = o < pi ? o * P + pi : pi * P + o
            if (!pairSeen[k]) { pairSeen[k] = 1; pairs.push(k) }
          }
          sentTags.push(pi)
        }
        if (isCue[tg]) continue
        h ??= { s: st, e: end, pat }
        hits[tg].push(h)
        const ea = endsAt[tg]
        if (ea) ea[end] = 1
      }
    }, stats)

    // ---- character detectors, mapped to token spans
    const tokAt = (nsPos: number, last: boolean) => {
      let lo = 0
      let hi = S.count
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (S.ne[mid] <= nsPos) lo = mid + 1
        else hi = mid
      }
      if (last) return Math.max(0, Math.min(S.count - 1, lo))
      return Math.min(S.count - 1, lo)
    }
    const extra: Array<{ tag: number; s: number; e: number; cs: number; ce: number }> = []
    if (S.count > 0) {
      for (const h of detectChars(norm.s, stats)) {
        const ts = tokAt(h.ns, false)
        const te = Math.max(ts, tokAt(h.ne - 1, true))
        extra.push({ tag: T(h.tag), s: ts, e: te, cs: h.ns, ce: h.ne })
      }
    }
    // ---- token detectors: spelled-out phone numbers, street addresses, social handles
    const isCapName = (i: number) => {
      const o0 = text.charCodeAt(norm.start[S.ns[i]])
      if (!(o0 >= 65 && o0 <= 90)) return false
      const r = rawAt(i)
      if (r.length < 2 || !/^[a-z]+$/.test(r) || NAME_STOP.has(r)) return false
      const a = norm.start[S.ns[i]]
      const c0 = text.charCodeAt(a)
      if (!(c0 >= 65 && c0 <= 90)) return false
      const c1 = text.charCodeAt(a + 1)
      return c1 >= 97 && c1 <= 122
    }
    const mask = (i: number) => (S.id[i] >= 0 ? c.tokenMask[S.id[i]] : 0)
    const isNum = (r: string) => r.length <= 6 && /^\d{1,5}[a-z]?$/.test(r)
    const isDigits4 = (r: string) => { if (r.length > 4) return false; for (let q = 0; q < r.length; q++) { const d = r.charCodeAt(q); if (d < 48 || d > 57) return false } return true }
    const tokenMask = c.tokenMask
    let minorNumber = false
    const ns0 = S.ns
    const ids0 = S.id
    const ns = norm.s
    const nStart = norm.start
    if (stats) stats.steps += S.count
    for (let i = 0; i < S.count; i++) {
      const c0 = ns.charCodeAt(ns0[i])
      const digitFirst = c0 >= 48 && c0 <= 57
      const mi = ids0[i] >= 0 ? tokenMask[ids0[i]] : 0
      // only numbers, "at", digit words, capitalised words and social-network words need a closer look
      if (!digitFirst && mi === 0 && c0 !== 97) {
        const o0 = text.charCodeAt(nStart[ns0[i]])
        if (!(o0 >= 65 && o0 <= 90)) continue
      }
      // the token text is only needed for numbers and "at"
      const r = digitFirst || (c0 === 97 && S.ne[i] - ns0[i] === 2) ? rawAt(i) : ''
      // a minor's age ("15", "16yo", "14f"): risk evidence for the learned layer
      if (digitFirst && r.length >= 2 && r.length <= 5 && r.charCodeAt(0) === 49 && r.charCodeAt(1) >= 48 && r.charCodeAt(1) <= 55 && (r.length === 2 || /^[a-z]+$/.test(r.slice(2)))) minorNumber = true
      // spelled-out or mixed digits: "five five five one two three four"
      if (mi & tDIGIT || (digitFirst && isDigits4(r))) {
        let j = i
        let digits = 0
        let words = 0
        while (j < S.count && (mask(j) & tDIGIT || isDigits4(rawAt(j))) && (j === i || S.sent[j] === S.sent[i])) {
          if (/^\d+$/.test(rawAt(j))) digits += rawAt(j).length
          else { digits++; words++ }
          j++
        }
        if (digits >= 7 && words >= 2 && j - i >= 3) {
          extra.push({ tag: T('PHONE'), s: i, e: j - 1, cs: S.ns[i], ce: S.ne[j - 1] })
        }
        if (j > i + 1) { i = j - 1; continue }
      }
      // street address: 1-5 digits, 1-3 name words, street type ("42 Maple Street", "221b Baker St")
      if (digitFirst && isNum(r) && !/^(19|20)\d\d$/.test(r)) {
        for (let k = i + 2; k <= i + 4 && k < S.count; k++) {
          if (S.sent[k] !== S.sent[i] && !(k === i + 2 || rawAt(k) === 'st')) break
          if (/^\d/.test(rawAt(k - 1))) break
          if (mask(k) & tSTREET) {
            const origFirst = text.charCodeAt(norm.start[S.ns[i + 1]])
            const capitalised = origFirst >= 65 && origFirst <= 90
            const unambiguous = /^(street|st|avenue|ave|rd|blvd|boulevard|terrace|crescent|parkway|pkwy|hwy|apt|ln)$/.test(rawAt(k))
            const names: string[] = []
            for (let q = i + 1; q < k; q++) names.push(rawAt(q))
            const stop = names.some((w) => /^(the|a|an|on|in|of|to|for|and|my|your|our|his|her|their|at|with|by|from|this|that|min|mins|minute|minutes|hour|hours|hr|hrs|mile|miles|km|day|days|week|weeks|year|years|month|months|times|more|long|short|good|bad|hard|easy)$/.test(w))
            if (!stop && (capitalised || unambiguous) && (capitalised || names.length <= 2)) {
              extra.push({ tag: T('ADDRESS'), s: i, e: k, cs: S.ns[i], ce: S.ne[k] })
            }
            break
          }
        }
      }
      // spelled-out e-mail: "tomhayes at gmail dot com", "name [at] icloud [dot] com"
      if (r === 'at' && i > 0 && i + 1 < S.count && S.sent[i - 1] === S.sent[i]) {
        const nx = rawAt(i + 1)
        const dotNext = i + 3 < S.count && rawAt(i + 2) === 'dot'
        if (/^(gmail|googlemail|yahoo|hotmail|outlook|icloud|proton|protonmail|aol|gmx|libero|msn|yandex|zoho|fastmail|tutanota)$/.test(nx) || (dotNext && /^[a-z0-9-]{2,}$/.test(nx) && isCommonDomainEnding(rawAt(i + 3)))) {
          let e = i + 1
          while (e + 2 < S.count && rawAt(e + 1) === 'dot' && /^[a-z]{2,6}$/.test(rawAt(e + 2))) e += 2
          extra.push({ tag: T('EMAIL'), s: i - 1, e, cs: S.ns[i - 1], ce: S.ne[e] })
        }
      }
      // full names: two capitalised words ("Rachel Kowalski"), personal info next to an identity cue
      if (i + 1 < S.count && S.sent[i + 1] === S.sent[i] && isCapName(i) && isCapName(i + 1) && norm.s.charCodeAt(S.ne[i]) === 32 && S.ns[i + 1] === S.ne[i] + 1) {
        extra.push({ tag: T('NAME'), s: i, e: i + 1, cs: S.ns[i], ce: S.ne[i + 1] })
      }
      // "snap: jess_92", "ig jess.b", "kik - mike1990"
      if (mask(i) & tSOCIAL) {
        for (let k = i + 1; k <= i + 3 && k < S.count; k++) {
          // the normalised text of the handle may contain _ and . which split tokens
          const a = S.ns[k]
          let b = a
          const s = norm.s
          while (b < s.length && b - a < 31 && /[a-z0-9_.@]/.test(s[b])) b++
          while (b > a && s[b - 1] === '.') b--
          const cand = s.slice(a, b)
          if (looksLikeHandle(cand)) {
            let e = k
            while (e + 1 < S.count && S.ns[e + 1] < b) e++
            extra.push({ tag: T('HANDLE'), s: i, e, cs: S.ns[i], ce: b })
            break
          }
          if (!/^(is|at|me|on|its|my|add|user|name|username|id|handle)$/.test(rawAt(k))) break
        }
      }
    }
    for (const x of extra) {
      hits[x.tag].push({ s: x.s, e: x.e, pat: -1 - extraSpans.length })
      extraSpans.push([x.cs, x.ce])
      const ea = endsAt[x.tag]
      if (ea) ea[x.e] = 1
    }
    // @handles are personal information near a social network or a contact phrase
    const tAT = T('HANDLE_AT')
    for (const h of hits[tAT]) {
      const near = (tg: number) => hits[tg].some((o) => Math.abs(o.e - h.e) <= 8 || Math.abs(o.s - h.s) <= 8)
      if (near(tagSOCIALt) || near(tagCONTACT)) {
        hits[T('HANDLE')].push(h)
      }
    }
    for (const arr of hits) if (arr.length > 1) arr.sort((a, b) => a.e - b.e || a.s - b.s)

    // ---- rules
    const reasons: ScanReason[] = []
    const seen = new Set<string>()
    let urgent = false
    const span = (h: Hit): [number, number] => {
      if (h.pat < 0) {
        const [cs, ce] = extraSpans[-1 - h.pat]
        return [norm.start[cs], norm.end[ce - 1]]
      }
      return [norm.start[S.ns[h.s]], norm.end[S.ne[h.e] - 1]]
    }
    const softReasons: ScanReason[] = []
    const push = (rule: string, category: ScanCategory, action: 'review' | 'block', h: Hit, soft = false) => {
      const [a, b] = span(h)
      const key = `${rule}:${a}:${b}`
      if (seen.has(key)) return
      seen.add(key)
      ;(soft ? softReasons : reasons).push({ rule, category, action, match: text.slice(a, b), start: a, end: b })
    }
    const before = (tg: number, start: number, dist: number, same: boolean) => {
      if (dist <= 0) return false
      const arr = hits[tg]
      if (!arr.length) return false
      for (let k = lowerBound(arr, start - dist); k < arr.length && arr[k].e < start; k++) {
        if (!same || S.sent[arr[k].e] === S.sent[start]) return true
      }
      return false
    }
    const after = (tg: number, end: number, dist: number, same: boolean) => {
      if (dist <= 0) return false
      const arr = hits[tg]
      if (!arr.length) return false
      for (let k = lowerBound(arr, end + 1); k < arr.length && arr[k].e <= end + dist + 16; k++) {
        const o = arr[k]
        if (o.e > end && o.s <= end + dist && (!same || S.sent[o.e] === S.sent[end])) return true
      }
      return false
    }
    // between quote marks: right around the words, or anywhere inside a double-quoted passage
    const quoted = (h: Hit) => ((S.flags[h.s] & 1) !== 0 && (S.flags[h.e] & 2) !== 0) || (inQuote[h.s] === 1 && inQuote[h.e] === 1)
    const fired = takeBytes(rules.length)
    let urgentCue = false
    for (let ri = 0; ri < rules.length; ri++) {
      const R = rules[ri]
      const arr = hits[R.on]
      for (const h of arr) {
        if (stats) stats.steps++
        if (R.r.unlessQuoted && quoted(h)) continue
        if (R.r.shortPost !== undefined && S.count > R.r.shortPost) continue
        if (R.r.sentenceStart && h.s > 0 && S.sent[h.s - 1] === S.sent[h.s]) continue
        if (R.aim && !aimed(h.s, R.aim)) continue
        if (R.near) {
          const w = R.near.window
          const lo = lowerBound(hits[R.near.tag], h.s - w)
          let ok = false
          for (let k = lo; k < hits[R.near.tag].length; k++) {
            const o = hits[R.near.tag][k]
            if (o.s > h.e + w) { if (o.e > h.e + w + 16) break; continue }
            if (o.s === h.s && o.e === h.e) continue
            if (R.near.tag === R.on && o.pat === h.pat) continue // two different cues, not the same word twice
            if (R.near.after && o.s <= h.e) continue
            if (!R.near.same || S.sent[o.s] === S.sent[h.s]) { ok = true; break }
          }
          if (!ok) continue
        }
        let skip = false
        for (const u of R.unless) {
          if (before(u.tag, h.s, u.before, u.same) || after(u.tag, h.e, u.after, u.same)) { skip = true; break }
        }
        if (skip) continue
        push(R.r.id, R.r.category, 'review', h, R.r.soft && !!(model || capture))
        fired[ri] = 1
        if (R.r.soft && R.r.urgent) urgentCue = true
        if (R.r.urgent && !R.r.soft) urgent = true
      }
    }
    function aimed(start: number, a: { tag: number; skipMask: number; maxSkip: number; maxUnknown: number }): boolean {
      let q = start - 1
      let skipped = 0
      let unknown = 0
      while (q >= 0 && S.sent[q] === S.sent[start]) {
        if (endsAt[a.tag]![q]) return true
        if (mask(q) & a.skipMask) { if (++skipped > a.maxSkip) return false }
        else if (++unknown > a.maxUnknown) return false
        q--
      }
      return false
    }
    // ---- watched words
    for (const tg of [T('WATCH_BLOCK'), T('WATCH_REVIEW')]) {
      for (const h of hits[tg]) {
        const w = c.patterns[h.pat].watched
        if (!w) continue
        push(`watched:${w.term}`, 'watched', w.action, h)
      }
    }
    // ---- learned layer
    if (model || capture) {
      const tags: number[] = []
      let ev = 0
      for (let tg = 0; tg < NT; tg++) {
        if (present[tg] || hits[tg].length) { tags.push(tagHashes[tg]); if (evLevel[tg] > ev) ev = evLevel[tg] }
        if (qPresent[tg]) tags.push(qTagHashes[tg])
      }
      let softFired = false
      for (let ri = 0; ri < rules.length; ri++) if (fired[ri] && rules[ri].r.soft) softFired = true
      const evidence = ev === 2 || (ev === 1 && S.count > EVIDENCE.shortTokens) || softFired || minorNumber || S.count >= EVIDENCE.minTokens
      if (!model || model.features.pairs) for (const k of pairs) tags.push(pairHashes[k])
      if (!model || model.features.rules) for (let ri = 0; ri < rules.length; ri++) if (fired[ri] && rules[ri].r.soft) tags.push(ruleHashes[ri])
      const input: ModelInput = { s: norm.s, ns: S.ns, ne: S.ne, count: S.count, tags, sent: S.sent }
      if (capture) {
        capture.input = input
        capture.tagNames = hashNames
        capture.rulesDecision = reasons.some((r) => r.action === 'block') ? 'block' : reasons.length ? 'review' : 'allow'
        capture.allRulesDecision = capture.rulesDecision === 'allow' && softReasons.length ? 'review' : capture.rulesDecision
        capture.ruleCategories = [...new Set(reasons.map((r) => r.category))]
        capture.urgentCue = urgentCue
        capture.evidence = evidence
        capture.minorNumber = minorNumber
      }
      if (model) {
        // without risk evidence the model holds a post only above a stricter threshold, and a post
        // of at most shortTokens tokens above the strictest: short ordinary posts ("Second reply",
        // "You're not alone") score high on artefacts of its training data
        // (windows only with evidence; a post the model can neither hold nor veto is not scored at all)
        const t = holdThreshold(model, { evidence, urgentCue, tokens: S.count }, EVIDENCE.shortTokens)
        const builtIn = reasons.some((r) => r.category !== 'watched')
        const scored = t !== Infinity || (builtIn && model.thresholdVeto > 0)
        windowScore.score = 0
        const p = scored ? model.score(input, stats, evidence ? windowScore : undefined) : 0
        if (p >= t || windowScore.score >= model.thresholdWindow) {
          const ex = model.explain(input, hashNames)
          reasons.push({ rule: `model.${ex.category}`, category: ex.category, action: 'review', match: ex.top.join(', '), score: Math.round(Math.max(p, windowScore.score) * 1000) / 1000 })
          // the soft rules that fired say where in the text
          for (const r of softReasons) reasons.push(r)
        } else if (builtIn && vetoesRules(model.thresholdVeto, p, windowScore.score, reasons.some((r) => r.category === 'self_harm' || r.category === 'minors'))) {
          for (let k = reasons.length - 1; k >= 0; k--) if (reasons[k].category !== 'watched') reasons.splice(k, 1)
        }
      } else for (const r of softReasons) reasons.push(r)
    }
    let decision: ScanResult['decision'] = 'allow'
    for (const r of reasons) {
      if (r.action === 'block') { decision = 'block'; break }
      decision = 'review'
    }
    if (reasons.some((r) => r.category === 'self_harm' || r.category === 'minors')) urgent = true
    reasons.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity))
    return { decision, reasons, urgent }
  }
  const extraSpans: Array<[number, number]> = []
  return {
    compiled: c,
    scan(text, o) {
      extraSpans.length = 0
      return scan(text, o)
    },
    analyze(text) {
      extraSpans.length = 0
      const capture: ScanCapture = {}
      scan(text, undefined, capture)
      return capture
    },
  }
}
