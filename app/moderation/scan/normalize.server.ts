/**
 * Normalisation pipeline for the moderation scanner.
 *
 *  1. per code point: zero-width / format characters dropped; upper-case homoglyphs mapped;
 *     NFKC; lower case; NFD with combining marks stripped (accents); lower-case homoglyphs
 *     (Cyrillic / Greek / small capitals) mapped to Latin; curly quotes and dashes unified.
 *  2. runs of 3+ identical letters shortened to 2 ("biiiitch" -> "biitch"; the lexicon lookup
 *     then also tries the fully squeezed form).
 *  3. tokenisation: letters/digits, with internal apostrophes dropped ("you're" -> "youre") and
 *     leet symbols kept inside words ("b!tch", "sh1t", "@ss", "f*ck").
 *  4. token keys: leetspeak mapped (0->o 1->i 3->e 4->a 5->s 7->t 8->b @->a $->s !->i +->t).
 *  5. spaced or dotted letters ("s l u t", "s.l.u.t") merged into one token when the merged
 *     word is in the lexicon (done by the scanner, which knows the lexicon).
 *
 * Every normalised character keeps the [start, end) offsets of the original characters it came
 * from, so that reasons can point at the original text.
 */

const ZERO_WIDTH = new Set<number>([
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180c, 0x180d, 0x180e, 0x200b,
  0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062,
  0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x206a, 0x206b, 0x206c, 0x206d, 0x206e, 0x206f,
  0x3164, 0xfeff, 0xffa0,
])

function isIgnorable(cp: number): boolean {
  return ZERO_WIDTH.has(cp) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0xe0000 && cp <= 0xe007f)
}

/** Upper-case look-alikes whose lower-case form would look different (Greek Eta looks like H, lower eta like n). */
const UPPER_HOMOGLYPHS: Record<string, string> = {
  'Α': 'a', 'Β': 'b', 'Ε': 'e', 'Ζ': 'z', 'Η': 'h', 'Ι': 'i', 'Κ': 'k', 'Μ': 'm', 'Ν': 'n', 'Ο': 'o',
  'Ρ': 'p', 'Τ': 't', 'Υ': 'y', 'Χ': 'x',
  'А': 'a', 'В': 'b', 'Е': 'e', 'К': 'k', 'М': 'm', 'Н': 'h', 'О': 'o', 'Р': 'p', 'С': 'c', 'Т': 't',
  'Х': 'x', 'У': 'y', 'Ѕ': 's', 'І': 'i', 'Ј': 'j', 'Ԁ': 'd', 'Ү': 'y', 'Ԛ': 'q', 'Ԝ': 'w',
}

/** Lower-case look-alikes (after NFKC + lower case). */
const LOWER_HOMOGLYPHS: Record<string, string> = {
  // Cyrillic
  'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'п': 'n', 'р': 'p',
  'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'ь': 'b', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd',
  'ԛ': 'q', 'ԝ': 'w', 'ү': 'y', 'һ': 'h', 'ӏ': 'l', 'ɡ': 'g',
  // Greek
  'α': 'a', 'β': 'b', 'γ': 'y', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'μ': 'u', 'ν': 'v', 'ο': 'o',
  'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x', 'ω': 'w', 'ς': 's', 'ϲ': 'c',
  // Latin small capitals and other look-alikes
  'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ғ': 'f', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i', 'ᴊ': 'j',
  'ᴋ': 'k', 'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't', 'ᴜ': 'u',
  'ᴠ': 'v', 'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z', 'ı': 'i', 'ɩ': 'i', 'ɑ': 'a', 'ø': 'o', 'ð': 'd', 'ł': 'l',
  'đ': 'd', 'ħ': 'h', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'p',
  // punctuation
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2028': '\n', '\u2029': '\n',
}

const MARKS = /\p{M}/gu
const cache = new Map<number, string>()

/** Normalised form of one non-ASCII code point (memoised). */
function foldCodePoint(cp: number): string {
  let r = cache.get(cp)
  if (r !== undefined) return r
  const ch = String.fromCodePoint(cp)
  if (isIgnorable(cp)) r = ''
  else if (UPPER_HOMOGLYPHS[ch]) r = UPPER_HOMOGLYPHS[ch]
  else {
    const folded = ch.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '')
    let out = ''
    for (const c of folded) {
      const h = LOWER_HOMOGLYPHS[c] ?? UPPER_HOMOGLYPHS[c]
      out += h ?? c
    }
    r = out
  }
  if (cache.size < 20000) cache.set(cp, r)
  return r
}

export type NormText = {
  /** normalised text (lower case, same length as start/end) */
  s: string
  /** original offset where the i-th normalised character starts */
  start: Int32Array
  /** original offset where the i-th normalised character ends */
  end: Int32Array
  /** original text */
  original: string
}

const isAsciiLetter = (c: number) => c >= 97 && c <= 122
const DECODER = new TextDecoder('utf-16le')

const NON_ASCII = /[\u0080-\uffff]/
/** ASCII text without runs of 3+ identical letters: normalisation is lower-casing, offsets are the identity */
function asciiFast(text: string, stats?: { steps: number }): NormText | null {
  // the non-ASCII test and the lower-casing are native; only the run check is a loop here
  if (NON_ASCII.test(text)) return null
  const s = text.toLowerCase()
  const n = s.length
  let prev = -1
  let run = 0
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c === prev) { if (++run >= 2 && c >= 97 && c <= 122) return null } else { prev = c; run = 0 }
  }
  if (stats) stats.steps += n
  const [start, end] = identityOffsets(n)
  return { s, start, end, original: text }
}

/** shared read-only identity offset maps (start[i] = i, end[i] = i + 1), grown on demand */
let ID_START = new Int32Array(0)
let ID_END = new Int32Array(0)
function identityOffsets(n: number): [Int32Array, Int32Array] {
  if (n > ID_START.length) {
    if (n > 1 << 22) {
      const a = new Int32Array(n)
      const b = new Int32Array(n)
      for (let i = 0; i < n; i++) { a[i] = i; b[i] = i + 1 }
      return [a, b]
    }
    let size = 1024
    while (size < n) size <<= 1
    ID_START = new Int32Array(size)
    ID_END = new Int32Array(size)
    for (let i = 0; i < size; i++) { ID_START[i] = i; ID_END[i] = i + 1 }
  }
  return [ID_START.subarray(0, n), ID_END.subarray(0, n)]
}

export function normalizeText(text: string, stats?: { steps: number }): NormText {
  const fast = asciiFast(text, stats)
  if (fast) return fast
  const n = text.length
  let cap = n + 16
  let codes = new Uint16Array(cap)
  let start = new Int32Array(cap)
  let end = new Int32Array(cap)
  let len = 0
  const push = (code: number, a: number, b: number) => {
    // shorten runs of 3+ identical letters to 2
    if (len >= 2 && isAsciiLetter(code) && codes[len - 1] === code && codes[len - 2] === code) {
      end[len - 1] = b
      return
    }
    if (len >= cap) {
      cap = cap * 2
      const c2 = new Uint16Array(cap); c2.set(codes); codes = c2
      const s2 = new Int32Array(cap); s2.set(start); start = s2
      const e2 = new Int32Array(cap); e2.set(end); end = e2
    }
    codes[len] = code
    start[len] = a
    end[len] = b
    len++
  }
  let i = 0
  while (i < n) {
    let c = text.charCodeAt(i)
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32
      // fast path (inlined push): ASCII, no run of 3 identical letters
      if (len < cap && !(len >= 2 && c >= 97 && c <= 122 && codes[len - 1] === c && codes[len - 2] === c)) {
        codes[len] = c
        start[len] = i
        end[len] = i + 1
        len++
      } else push(c, i, i + 1)
      i++
      continue
    }
    let cp = c
    let w = 1
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000
        w = 2
      }
    }
    const f = foldCodePoint(cp)
    for (let k = 0; k < f.length; k++) push(f.charCodeAt(k), i, i + w)
    i += w
  }
  if (stats) stats.steps += n
  const s = len < 2048 ? String.fromCharCode.apply(null, codes.subarray(0, len) as unknown as number[]) : DECODER.decode(codes.subarray(0, len))
  return { s, start: start.subarray(0, len), end: end.subarray(0, len), original: text }
}

// ---------------------------------------------------------------------------------------------
// Tokens

/** character classes of the normalised text */
const C_OTHER = 0
export const C_ALNUM = 1
const C_APOS = 2
const C_LEET = 3
const classCache = new Int8Array(65536).fill(-1)
const LETTER_RE = /[\p{L}\p{N}]/u
const ASCII_CLASS = new Int8Array(128)
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? C_ALNUM : c === 39 ? C_APOS
    : c === 64 || c === 36 || c === 33 || c === 124 || c === 43 || c === 42 ? C_LEET : C_OTHER
}

export function charClass(c: number): number {
  if (c < 128) return ASCII_CLASS[c]
  let k = classCache[c]
  if (k >= 0) return k
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) k = C_ALNUM
  else if (c === 39) k = C_APOS
  else if (c === 64 || c === 36 || c === 33 || c === 124 || c === 43 || c === 42 || c === 0x20ac) k = C_LEET
  else if (c < 128) k = C_OTHER
  else k = LETTER_RE.test(String.fromCharCode(c)) ? C_ALNUM : C_OTHER
  classCache[c] = k
  return k
}

const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
  '@': 'a', '$': 's', '!': 'i', '|': 'l', '+': 't', '€': 'e',
}

/** number with a unit or suffix: "14yo", "5am", "2nd", "50mg", "24f" — never leet-mapped */
const NUM_UNIT = /^\d+[a-z]{0,3}$/
const HAS_LETTER = /[a-z\u00c0-\uffff]/

/** Key used for lexicon lookup: apostrophes dropped, leetspeak mapped unless a number-with-unit. */
export function tokenKey(raw: string): string {
  let hasSpecial = false
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (!(c >= 97 && c <= 122)) { hasSpecial = true; break }
  }
  if (!hasSpecial) return raw
  const t = raw.indexOf("'") >= 0 ? raw.replace(/'/g, '') : raw
  if (!HAS_LETTER.test(t) || NUM_UNIT.test(t)) return t
  let out = ''
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]
    out += LEET[ch] ?? ch
  }
  return out
}

/** Collapse all runs of the same letter to one ("biitch" -> "bitch", "fuuck" -> "fuck"). */
export function squeeze(key: string): string {
  let out = ''
  let last = ''
  for (let i = 0; i < key.length; i++) {
    const ch = key[i]
    if (ch !== last) out += ch
    last = ch
  }
  return out
}

export type Tokens = {
  count: number
  /** normalised-text offsets */
  nStart: Int32Array
  nEnd: Int32Array
  /** raw normalised token text (lower case, symbols kept); empty when tokenize(…, false) */
  raw: string[]
  /** sentence index of each token */
  sentence: Int32Array
  /**
   * bit flags: 1 = a quote mark directly before, 2 = quote mark directly after, 4 = token has
   * leading/trailing leet symbol, 8 = the token is plain a-z (and `plainHash` holds its FNV-1a hash),
   * 16 = a plain token with a letter twice in a row (only those can be repeated-letter spellings)
   */
  flags: Uint8Array
  /** FNV-1a hash of a plain a-z token (flag 8), computed while reading it so lookups need not re-read it */
  plainHash: Int32Array
  /** separator text length between token i-1 and i (0 for the first) and whether it is a single char */
  gapSingle: Uint8Array
}

/** FNV-1a (the tokenizer's word hashes, the scanner's vocabulary tables, the learned layer's features) */
export const FNV_BASIS = 0x811c9dc5 | 0
const FNV_PRIME = 16777619
export const fnvMix = (h: number, c: number) => Math.imul(h ^ c, FNV_PRIME)
const isQuote = (c: number) => c === 34 || c === 39 || c === 96 // " ' `

export function tokenize(norm: NormText, stats?: { steps: number }, withRaw = true): Tokens {
  const s = norm.s
  const n = s.length
  // a token is followed by at least one character that cannot start the next one, so there are at
  // most ceil(n / 2) tokens; all six arrays share one buffer (one allocation per call, not six)
  const cap = (n >> 1) + 1
  const buf = new ArrayBuffer(cap * 18)
  const nStart = new Int32Array(buf, 0, cap)
  const nEnd = new Int32Array(buf, cap * 4, cap)
  const sentence = new Int32Array(buf, cap * 8, cap)
  const plainHash = new Int32Array(buf, cap * 12, cap)
  const flags = new Uint8Array(buf, cap * 16, cap)
  const gapSingle = new Uint8Array(buf, cap * 17, cap)
  const raw: string[] = []
  let count = 0
  let sent = 0
  let gapStart = 0
  // what the separators since the last token held
  let quoteBefore = false
  let newSentence = false
  let i = 0
  while (i < n) {
    const c = s.charCodeAt(i)
    const k = c < 128 ? ASCII_CLASS[c] : charClass(c)
    if (k !== C_ALNUM && !(k === C_LEET && (c === 64 || c === 36) && i + 1 < n && charClass(s.charCodeAt(i + 1)) === C_ALNUM)) {
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 59) newSentence = true
      else if (c === 34 || c === 39 || c === 96) quoteBefore = true
      i++
      continue
    }
    if (newSentence && count > 0) sent++
    if (count > 0 && isQuote(s.charCodeAt(gapStart))) flags[count - 1] |= 2
    const gapLen = i - gapStart
    const st = i
    let f = k === C_ALNUM ? 0 : 4
    let h = FNV_BASIS
    let plain = c >= 97 && c <= 122
    if (plain) h = fnvMix(h, c)
    let last = c
    let repeated = false
    i++
    for (;;) {
      // the letters and digits of the word
      while (i < n) {
        const d = s.charCodeAt(i)
        if (d >= 97 && d <= 122) { h = fnvMix(h, d); if (d === last) repeated = true; last = d; i++; continue }
        if ((d < 128 ? ASCII_CLASS[d] : charClass(d)) !== C_ALNUM) break
        plain = false
        i++
      }
      if (i >= n) break
      const d = s.charCodeAt(i)
      const dk = d < 128 ? ASCII_CLASS[d] : charClass(d)
      if (dk !== C_APOS && dk !== C_LEET) break
      // internal run of symbols followed by a letter/digit: part of the word
      let j = i
      while (j < n && j - i < 3) {
        const e = charClass(s.charCodeAt(j))
        if (e === C_APOS || e === C_LEET) j++
        else break
      }
      if (j < n && charClass(s.charCodeAt(j)) === C_ALNUM) { i = j; plain = false; continue }
      // trailing leet symbols (shi+, sh!+): kept, but the lookup tries without them first
      if (dk === C_LEET && (d === 43 || d === 33 || d === 36)) {
        let t = i
        while (t < n && t - i < 2 && (s.charCodeAt(t) === 43 || s.charCodeAt(t) === 33 || s.charCodeAt(t) === 36)) t++
        if (t >= n || charClass(s.charCodeAt(t)) === C_OTHER) { i = t; f |= 4; plain = false }
      }
      break
    }
    nStart[count] = st
    nEnd[count] = i
    sentence[count] = sent
    flags[count] = f | (quoteBefore ? 1 : 0) | (plain ? (repeated ? 24 : 8) : 0)
    plainHash[count] = h
    gapSingle[count] = count > 0 && gapLen === 1 ? 1 : 0
    if (withRaw) raw.push(s.slice(st, i))
    count++
    gapStart = i
    quoteBefore = false
    newSentence = false
  }
  if (count > 0 && gapStart < n && isQuote(s.charCodeAt(gapStart))) flags[count - 1] |= 2
  if (stats) stats.steps += n
  return { count, nStart, nEnd, raw, sentence, flags, gapSingle, plainHash }
}

/** Strip leading @/$ and trailing leet symbols ("shi+" -> "shi", "@ss" -> "ss"). */
export function stripSymbols(raw: string): string {
  let a = 0
  let b = raw.length
  while (a < b && (raw[a] === '@' || raw[a] === '$')) a++
  while (b > a && (raw[b - 1] === '+' || raw[b - 1] === '!' || raw[b - 1] === '$')) b--
  return raw.slice(a, b)
}

/**
 * Normalise a rule term or watched word to its token keys, the same way the text is normalised.
 * Runs of 3+ single letters are merged ("f u c k" -> "fuck").
 */
export function termKeys(term: string): string[] {
  const norm = normalizeText(term)
  const toks = tokenize(norm)
  const keys: string[] = []
  let run: string[] = []
  const flush = () => {
    if (run.length >= 3) keys.push(run.join(''))
    else keys.push(...run)
    run = []
  }
  for (let t = 0; t < toks.count; t++) {
    const raw = toks.raw[t]
    const k = tokenKey(raw)
    if (k.length === 1 && /[a-z]/.test(k)) run.push(k)
    else {
      flush()
      keys.push(k)
    }
  }
  flush()
  return keys
}
