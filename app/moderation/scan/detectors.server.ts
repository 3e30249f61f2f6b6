/**
 * Linear character scanners for phone numbers, e-mail addresses, links and @handles, run over
 * the normalised text. No regular expression is run over the whole text: each scanner looks at
 * every character a bounded number of times, so there is no catastrophic backtracking.
 */

export type CharHit = { tag: 'PHONE' | 'EMAIL' | 'URL' | 'SAFE_URL' | 'BAD_URL' | 'HANDLE_AT' | 'MONEY'; ns: number; ne: number }

/** public-health, government and education hosts: links there are never spam */
// public bodies and charities by suffix; the forum's own blog and a few sexual-health references by name
const TRUSTED_HOST = /(^|\.)(gov|edu|int|nhs\.uk|gov\.uk|ac\.uk|org|org\.uk|org\.au|gov\.au|nhs\.net|who\.int|bridgesforum\.com|scarleteen\.com|healthline\.com|webmd\.com|mayoclinic\.org)$/


const isDigit = (c: number) => c >= 48 && c <= 57
const isLower = (c: number) => c >= 97 && c <= 122
const isAlnum = (c: number) => isDigit(c) || isLower(c)
const isHostChar = (c: number) => isAlnum(c) || c === 45 // -
const isLocalChar = (c: number) => isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 // . _ % + -
const isPathChar = (c: number) => c > 32 && c !== 34 && c !== 60 && c !== 62 && c !== 41 && c !== 93 && c < 0x2000

/** top-level domains that make "word.tld" a link */
export const TLDS = new Set([
  'com', 'net', 'org', 'io', 'co', 'me', 'ly', 'gg', 'xyz', 'info', 'biz', 'us', 'uk', 'ca', 'au', 'de', 'fr', 'ru', 'cn', 'tk', 'top', 'club',
  'site', 'online', 'store', 'shop', 'app', 'dev', 'link', 'live', 'tv', 'cc', 'ws', 'fm', 'vip', 'pro', 'sex', 'xxx', 'porn', 'cam', 'dating',
  'love', 'date', 'win', 'bid', 'loan', 'click', 'work', 'nz', 'ie', 'in', 'es', 'it', 'nl', 'eu', 'ml', 'ga', 'cf', 'gq', 'pw', 'su', 'to', 'sh',
  'gov', 'edu', 'health', 'care', 'blog', 'news', 'page', 'space', 'website', 'fun', 'icu', 'buzz', 'mobi', 'tech', 'social', 'chat',
  'ee', 'gd', 'gy', 'ai', 'se', 'ch', 'dk', 'pl', 'nu', 'lt', 'example', 'xxx', 'adult', 'porn', 'sexy', 'webcam', 'agency', 'money', 'cash', 'loans', 'bet', 'casino', 'media', 'studio', 'art', 'one', 'plus',
])

const SEP = (c: number) => c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 47 // space - . ( ) /

/** where a phone number can start: a digit, or "+" / "(" before one (found natively, then checked) */
const PHONE_START = /[0-9]|[+(](?=[0-9])/g
/**
 * Phone numbers: digit groups joined by at most two separator characters (space - . ( ) /).
 * 10-15 digits, or 7 digits written ddd-dddd, or a leading + with 8+ digits.
 * Dates (12/05/2023), prices, years and ages have fewer digits or other separators.
 */
function phones(s: string, out: CharHit[]): void {
  const n = s.length
  let i = 0
  while (i < n) {
    PHONE_START.lastIndex = i
    if (!PHONE_START.test(s)) break
    i = PHONE_START.lastIndex - 1
    const c = s.charCodeAt(i)
    const plus = c === 43 && i + 1 < n && isDigit(s.charCodeAt(i + 1))
    const paren = c === 40 && i + 1 < n && isDigit(s.charCodeAt(i + 1))
    if (!(isDigit(c) || plus || paren) || (i > 0 && isAlnum(s.charCodeAt(i - 1)))) { i++; continue }
    const st = i
    if (plus || paren) i++
    let digits = 0
    let groups = 0
    let maxGroup = 0
    let cur = 0
    let last = i
    const groupSizes: number[] = []
    let slash = false
    while (i < n) {
      const d = s.charCodeAt(i)
      if (isDigit(d)) { digits++; cur++; i++; last = i; continue }
      if (cur > 0) { groups++; groupSizes.push(cur); if (cur > maxGroup) maxGroup = cur; cur = 0 }
      // separator run of at most 2 chars followed by a digit
      let j = i
      while (j < n && j - i < 2 && SEP(s.charCodeAt(j))) { if (s.charCodeAt(j) === 47) slash = true; j++ }
      if (j > i && j < n && isDigit(s.charCodeAt(j)) && digits < 16) { i = j; continue }
      break
    }
    if (cur > 0) { groups++; groupSizes.push(cur); if (cur > maxGroup) maxGroup = cur }
    // book numbers ("ISBN 978-1-4767-6209-0") are not phone numbers
    const isbn = st >= 4 && s.slice(Math.max(0, st - 10), st).includes('isbn')
    const endOk = !isbn && (last >= n || !isLower(s.charCodeAt(last)))
    let isPhone = false
    if (endOk && !slash) {
      const lead0 = s.charCodeAt(plus || paren ? st + 1 : st) === 48
      if (digits >= 10 && digits <= 15 && (groups === 1 ? digits <= 12 : maxGroup <= 5)) isPhone = true
      // national formats with a long group: UK mobile 07700 900123 (5 + 6), 0044 7700 900123, German 0151 23456789
      else if (lead0 && digits >= 10 && digits <= 14 && groups >= 2 && maxGroup <= 8) isPhone = true
      else if (digits === 7 && groups === 2 && groupSizes[0] === 3 && groupSizes[1] === 4 && s.charCodeAt(st + 3) !== 46) isPhone = true
      else if (plus && digits >= 8 && digits <= 15) isPhone = true
      // ISBN-13 without the word ISBN (978-1-4767-6209-0, 9781476762090); ISBN-10 ends in a check digit
      // group (0-306-40615-2); a count starting at a lone 0 ("0 10 20 30 40 50") is no number either
      if (isPhone && !plus && digits === 13 && /^97[89]/.test(s.slice(st, st + 3))) isPhone = false
      if (isPhone && !plus && groups >= 3 && groupSizes[groups - 1] === 1) isPhone = false
      if (isPhone && !plus && !paren && groupSizes[0] === 1 && s.charCodeAt(st) === 48) isPhone = false
      // years side by side ("2019 2020 2021") are not phone numbers
      if (isPhone && groups >= 2 && groupSizes.every((g) => g === 4)) {
        let years = true
        for (let k = st, g = 0; g < groups && k < last; k++) {
          if (isDigit(s.charCodeAt(k))) {
            const y = s.slice(k, k + 4)
            if (!/^(19|20)\d\d$/.test(y)) { years = false; break }
            k += 3; g++
          }
        }
        if (years) isPhone = false
      }
    }
    // toll-free numbers (0800 / 0808 in the UK, 1-800 and friends in North America, 1800 / 1300 in
    // Australia) and the UK's non-geographic 03 / 084 / 087 numbers (charities' helplines, 0300 123
    // 1110) belong to helplines and businesses, not to a person
    if (isPhone && !slash && /^(?:(?:44|0)?80[08]|0500|1?8(?:00|88|77|66|55|44|33)\d{7}$|1[38]00|(?:44|0)(?:3\d{9}|8[47]\d{8})$)/.test(s.slice(st, last).replace(/\D/g, ''))) isPhone = false
    if (isPhone) out.push({ tag: 'PHONE', ns: st, ne: last })
    if (i === st) i++
  }
}

/** e-mail addresses around each "@": local part, domain with a dot and a 2+ letter TLD. */
function emails(s: string, out: CharHit[], usedAt: Set<number>): void {
  let at = s.indexOf('@')
  while (at >= 0) {
    let a = at
    while (a > 0 && at - a < 64 && isLocalChar(s.charCodeAt(a - 1))) a--
    let b = at + 1
    while (b < s.length && b - at < 255 && (isHostChar(s.charCodeAt(b)) || s.charCodeAt(b) === 46)) b++
    while (b > at + 1 && s.charCodeAt(b - 1) === 46) b--
    const domain = s.slice(at + 1, b)
    const dot = domain.lastIndexOf('.')
    if (a < at && dot > 0 && /^[a-z]{2,24}$/.test(domain.slice(dot + 1))) {
      out.push({ tag: 'EMAIL', ns: a, ne: b })
      usedAt.add(at)
    }
    at = s.indexOf('@', at + 1)
  }
}

/** links: scheme://…, www.…, or host.tld with a known TLD (bit.ly, example.com/path). */
function urls(s: string, out: CharHit[], emailSpans: CharHit[]): void {
  const n = s.length
  let lastEnd = -1
  let dot = s.indexOf('.')
  while (dot >= 0) {
    if (dot > lastEnd) {
      // right label: letters only, a known TLD, not followed by a letter/digit
      let r = dot + 1
      while (r < n && r - dot <= 24 && isLower(s.charCodeAt(r))) r++
      const tld = s.slice(dot + 1, r)
      const leftOk = dot > 0 && isHostChar(s.charCodeAt(dot - 1))
      if (leftOk && tld.length >= 2 && TLDS.has(tld) && (r >= n || !isAlnum(s.charCodeAt(r)))) {
        // extend left over host labels and an optional scheme
        let a = dot
        while (a > 0 && dot - a < 253 && (isHostChar(s.charCodeAt(a - 1)) || s.charCodeAt(a - 1) === 46)) a--
        if (a >= 3 && s.startsWith('://', a - 3)) {
          let k = a - 3
          while (k > 0 && a - k < 12 && isLower(s.charCodeAt(k - 1))) k--
          a = k
        }
        // extend right over a path
        let b = r
        if (b < n && (s.charCodeAt(b) === 47 || s.charCodeAt(b) === 58 || s.charCodeAt(b) === 63)) {
          while (b < n && b - r < 2048 && isPathChar(s.charCodeAt(b))) b++
          while (b > r && (s.charCodeAt(b - 1) === 46 || s.charCodeAt(b - 1) === 44)) b--
        }
        const insideEmail = emailSpans.some((e) => e.ns <= dot && dot < e.ne)
        const afterAt = a > 0 && s.charCodeAt(a - 1) === 64
        if (!insideEmail && !afterAt) {
          // full host (labels after the first TLD match: "example.co.uk")
          let hb = r
          while (hb + 1 < n && s.charCodeAt(hb) === 46 && isLower(s.charCodeAt(hb + 1))) { hb++; while (hb < n && isHostChar(s.charCodeAt(hb))) hb++ }
          if (b < hb) b = hb
          if (b < n && (s.charCodeAt(b) === 47 || s.charCodeAt(b) === 63)) {
            while (b < n && b - r < 2048 && isPathChar(s.charCodeAt(b))) b++
            while (b > r && (s.charCodeAt(b - 1) === 46 || s.charCodeAt(b - 1) === 44)) b--
          }
          const host = s.slice(a, hb).replace(/^[a-z]+:\/\//, '')
          out.push({ tag: TRUSTED_HOST.test(host) ? 'SAFE_URL' : 'URL', ns: a, ne: b })
          lastEnd = b
        }
      }
    }
    dot = s.indexOf('.', dot + 1)
  }
  // scheme without a recognised TLD (http://1.2.3.4/…)
  let h = s.indexOf('http')
  while (h >= 0) {
    if (h > lastEnd && (s.startsWith('http://', h) || s.startsWith('https://', h)) && !out.some((u) => (u.tag === 'URL' || u.tag === 'SAFE_URL') && u.ns <= h && h < u.ne)) {
      let b = h
      while (b < n && b - h < 2048 && isPathChar(s.charCodeAt(b))) b++
      out.push({ tag: 'URL', ns: h, ne: b })
      lastEnd = b
    }
    h = s.indexOf('http', h + 4)
  }
}

/** "@name" not part of an e-mail address */
function atHandles(s: string, out: CharHit[], usedAt: Set<number>): void {
  let at = s.indexOf('@')
  while (at >= 0) {
    if (!usedAt.has(at) && (at === 0 || !isAlnum(s.charCodeAt(at - 1)))) {
      let b = at + 1
      while (b < s.length && b - at <= 31 && (isAlnum(s.charCodeAt(b)) || s.charCodeAt(b) === 95 || s.charCodeAt(b) === 46)) b++
      while (b > at + 1 && s.charCodeAt(b - 1) === 46) b--
      if (b - at >= 3) out.push({ tag: 'HANDLE_AT', ns: at, ne: b })
    }
    at = s.indexOf('@', at + 1)
  }
}

/** link shorteners, affiliate tags and throw-away TLDs: a link there is spam by itself */
const SHORTENERS = /(^|[/.])(linktr\.ee|is\.gd|rb\.gy|beacons\.ai|allmylinks\.com|bit\.ly|tinyurl\.com|cutt\.ly|t\.me|amzn\.to|goo\.gl|ow\.ly|is\.gd|buff\.ly|rebrand\.ly|t\.co|shorturl\.at|tiny\.cc|rb\.gy|linktr\.ee|onlyfans\.com|fansly\.com|chaturbate\.com|gumroad\.com)([/?:]|$)/
const SPAM_TLD = new Set(['example', 'adult', 'sexy', 'webcam', 'bet', 'casino', 'loans', 'money', 'cash', 'xyz', 'vip', 'biz', 'info', 'shop', 'top', 'club', 'online', 'site', 'app', 'io', 'tk', 'ml', 'ga', 'cf', 'gq', 'pw', 'icu', 'buzz', 'cam', 'sex', 'xxx', 'porn', 'dating', 'win', 'bid', 'loan', 'click', 'store', 'live', 'su', 'ru'])
function badUrls(s: string, out: CharHit[]): void {
  const n = out.length
  for (let i = 0; i < n; i++) {
    const h = out[i]
    if (h.tag !== 'URL' && h.tag !== 'SAFE_URL') continue
    const u = s.slice(h.ns, h.ne)
    const host = u.replace(/^[a-z]+:\/\//, '').split(/[/?#:]/)[0]
    const tld = host.slice(host.lastIndexOf('.') + 1)
    if (SHORTENERS.test(u.replace(/^[a-z]+:\/\//, '')) || SPAM_TLD.has(tld) || /[?&](ref|aff|tag|affiliate|utm_source)=/.test(u)) out.push({ tag: 'BAD_URL', ns: h.ns, ne: h.ne })
  }
}

/** amounts of money: $199, £80, 5k, €20 */
function money(s: string, out: CharHit[]): void {
  const found: number[] = []
  for (const sym of ['$', '£', '€']) for (let i = s.indexOf(sym); i >= 0; i = s.indexOf(sym, i + 1)) found.push(i)
  if (found.length > 1) found.sort((a, b) => a - b)
  let last = -1
  for (const i of found) {
    if (i < last || i + 1 >= s.length || !isDigit(s.charCodeAt(i + 1))) continue
    let b = i + 1
    while (b < s.length && b - i < 16 && (isDigit(s.charCodeAt(b)) || s.charCodeAt(b) === 44 || s.charCodeAt(b) === 46 || s.charCodeAt(b) === 107)) b++
    out.push({ tag: 'MONEY', ns: i, ne: b })
    last = b
  }
}

export function detectChars(s: string, stats?: { steps: number }): CharHit[] {
  const out: CharHit[] = []
  const usedAt = new Set<number>()
  phones(s, out)
  const em: CharHit[] = []
  emails(s, em, usedAt)
  out.push(...em)
  urls(s, out, em)
  atHandles(s, out, usedAt)
  badUrls(s, out)
  money(s, out)
  if (stats) stats.steps += s.length * 3
  return out
}

/**
 * handle-like: has a digit, underscore or dot, or mixes letters and digits ("jess_92", "mike.b"),
 * and is neither a number ("support line: 0808 …", the phone detector's) nor a web address
 * ("line: rapecrisis.org.uk"; "jess.love" stays a handle)
 */
export function looksLikeHandle(raw: string): boolean {
  if (!/^@?[a-z0-9][a-z0-9_.]{2,29}$/.test(raw) || !/[0-9_.]/.test(raw.replace(/^@/, '')) || /^[0-9]+$/.test(raw)) return false
  const dot = raw.lastIndexOf('.')
  if (dot < 0) return true
  return !isCommonDomainEnding(raw.slice(dot + 1))
}

/** a domain ending of up to three letters the link detector knows (com, org, uk, me…): longer ones (live, love) are also words */
export const isCommonDomainEnding = (ending: string) => ending.length <= 3 && TLDS.has(ending)
