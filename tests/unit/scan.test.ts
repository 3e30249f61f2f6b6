import { describe, it, expect } from 'vitest'
import { compileScanner, scanText } from '../../app/moderation/scan/index.server.ts'
import { createScanner } from '../../app/moderation/scan/scanner.server.ts'
import { normalizeText, termKeys } from '../../app/moderation/scan/normalize.server.ts'

// rules only, so that these tests check the rules and not the learned layer
const rules = createScanner({ model: null })
const held = (t: string) => rules.scan(t).decision !== 'allow'

describe('normalisation', () => {
  it('NFKC and case', () => {
    expect(normalizeText('ＹＯＵ Ｂｉｔｃｈ').s).toBe('you bitch')
    expect(held('YOU ARE A WHORE')).toBe(true)
    expect(held('you are a ｗｈｏｒｅ')).toBe(true)
  })
  it('zero-width characters', () => {
    expect(normalizeText('b\u200bi\u200ct\u200dc\ufeffh').s).toBe('bitch')
    expect(held('you are a b\u200bi\u200bt\u200bc\u200bh')).toBe(true)
  })
  it('look-alike letters (Cyrillic / Greek)', () => {
    expect(normalizeText('уоu аrе а bitсh').s).toBe('you are a bitch')
    expect(held('уоu аrе а bitсh')).toBe(true)
    expect(normalizeText('ΑΒΕ').s).toBe('abe')
  })
  it('leetspeak', () => {
    expect(held('y0u are a wh0r3')).toBe(true)
    expect(held('you are a b!tch')).toBe(true)
    expect(held('you are a $lut')).toBe(true)
    expect(held('you f*cking c*nt')).toBe(true)
  })
  it('spaced and dotted letters', () => {
    expect(held('you are a s l u t')).toBe(true)
    expect(held('you are a s.l.u.t')).toBe(true)
    expect(held('you are a c-u-n-t')).toBe(true)
  })
  it('repeated letters', () => {
    expect(held('you biiiitch')).toBe(true)
    expect(held('you are a whooooore')).toBe(true)
  })
  it('terms are normalised the same way as text', () => {
    expect(termKeys('F U C K')).toEqual(['fuck'])
    expect(termKeys("You're a")).toEqual(['youre', 'a'])
  })
})

describe('what this community talks about passes', () => {
  it.each([
    'I love sex with my partner; his penis, my clitoris, my vagina — and the orgasm was huge.',
    'We watched porn together and got so horny we tried anal for the first time.',
    'Is it normal to cum so fast? My boobs hurt before my period, by the way.',
    'Motherfucking Mondays. Shit happens.',
    'My ex called me a slut and I cried for a week.',
    'What does "chink" mean? Someone used it at work and I had no idea.',
    'A kid in the supermarket asked why I walk like a "spacker". That word is still around.',
    "You're not a slut for wanting sex.",
    'The test I use: would you be comfortable if your partner read the thread over your shoulder?',
    'I spent a year looking over my shoulder after I left him.',
    'He filmed me without my knowledge and I only found out a year later.',
  ])('%s', (t) => expect(held(t)).toBe(false))
})

// each found in ordinary posts by writers whose files the rules had never seen; the held twin of
// each stays held
describe('rules that fired on ordinary posts by unseen writers', () => {
  it.each([
    ['Happy Friday, you beautiful weirdos', 'you weirdo, nobody wants you here'],
    ["Go to a real doctor. It might be about more than your dick.", "you're a dick and everyone here knows it"],
    ["If I break her trust again she'll leave, and she'd be right.", "I'll break her legs if she goes to the police"],
    ["I think I'll cut her off, the friendship is done.", "I'm going to cut her, she knows what she did"],
    ['Rape Crisis helpline: 0808 500 2222, free and confidential.', 'text me on 07700 900123 tonight'],
    ['In the US you can call or text 988, the crisis line, any time.', 'text me on whatsapp, my number is in my bio'],
    ['Bridges did a plain-language write-up: https://bridgesforum.com/blog/responsive-desire, free to read.', 'Free cams, sign up here: https://hotcams-now.xyz/join?ref=77'],
    ["I'm a school nurse at a secondary and parents ask me what teens should know.", 'add me on snap: jess_92'],
    ['I spent £312 on drinks this year and got no content out of it, dating in your 30s is a subscription.', 'Selling nudes, £20 a set, DM me for pics'],
    ['If a partner has called you frigid, ask whether anyone ever asked what you wanted.', 'you frigid bitch'],
  ])('passes: %s', (ordinary, harmful) => {
    expect(held(ordinary)).toBe(false)
    expect(held(harmful)).toBe(true)
  })
})

// a slur or insult between single quotes is reported, like one between double quotes; apostrophes
// in words, before dropped letters ('cause) and in possessives do not make a quotation
describe('single-quoted passages are reported speech', () => {
  const rulesFired = (t: string) => rules.scan(t).reasons.map((r) => r.rule)
  it.each([
    "A kid in the supermarket asked his mum why I 'walk like a spaz'. That word is still around.",
    "Someone commented 'nobody wants a cripple' under my dating profile.",
    "Someone's uncle muttered 'dirty old f*g and his rent boy' at the wedding.",
    "PSA: if someone sends you 'you should kys' in a DM, screenshot it and report it.",
  ])('passes: %s', (t) => expect(held(t)).toBe(false))
  it.each([
    ["don't you dare, you stupid fag, it's over", 'slur.used'],
    ["'cause you're a stupid fag, that's why, and it's the boys' fault too", 'slur.used'],
    ["I'm so 'done with this, you stupid fag", 'slur.used'], // never closed
    ["'I've said it before and I'll say it again to anyone at all who reads this thread today, you are a stupid fag and the lads' fault is yours", 'slur.used'], // over SINGLE_QUOTE_SPAN
  ])('held: %s', (t, rule) => expect(rulesFired(t)).toContain(rule))
})

describe('Scunthorpe words pass', () => {
  it.each(['Our assessment went well', 'We moved to Sussex', 'He is a pilot, lives in the cockpit', 'Scunthorpe United lost again', 'the cocktail bar in Middlesex', 'classic therapist advice', 'shiitake mushrooms'])('%s', (t) => {
    expect(held(t)).toBe(false)
  })
})

describe('ordinary numbers pass', () => {
  it.each([
    "I'm 34, he's 41, married 12 years",
    'On 50mg sertraline since 2019, costs $120 a month',
    'Met 2016, moved in 2018, engaged 2019, wedding 2020',
    'Our anniversary is 12/05/2014 and we have 3 kids',
    'Average length is 13-14 cm (5.1-5.5 inches)',
    'Between 11pm and 1am we talk, 150 per hour, 10 sessions',
  ])('%s', (t) => expect(held(t)).toBe(false))
})

describe('held for review', () => {
  it.each([
    ['you are a stupid bitch', 'insult'],
    ['you stupid fag', 'slur'],
    // ableist and regional slurs a new writer used that the list lacked
    ["Your boyfriend's a spacker, what did you expect from him in bed?", 'slur'],
    ['Typical window-licker post, didn\'t even read it.', 'slur'],
    ["Don't date boongs, trust me", 'slur'],
    // several letters starred apart
    ["My daughter's brought home a n*gg*r and expects me to smile.", 'slur'],
    ['Typical f*gg*t thread, full of whining.', 'slur'],
    ['call me at 555-123-4567', 'personal_info'],
    ['text me on +44 7700 900123', 'personal_info'],
    ['five five five one two three four, call me', 'personal_info'],
    ['email me jess.moreno88@gmail.com', 'personal_info'],
    ['contact: tomhayes at gmail dot com', 'personal_info'],
    ['add me on snap', 'personal_info'],
    ['kik me: lonelyboy_92', 'personal_info'],
    ['We live at 42 Elm Grove, Bristol', 'personal_info'],
    ['Cheap viagra, no prescription needed!! www.bluepills-direct.biz', 'spam'],
    ['everyone would be better off without me', 'self_harm'],
    ['I want to kill myself', 'self_harm'],
    ['I know where you live', 'threat'],
    ['Report me again and see. I know where you park.', 'threat'],
    ['Better start looking over your shoulder, sweetheart.', 'threat'],
    ['my 14 year old neighbour is so hot', 'minors'],
    ['she is such jailbait', 'minors'],
    ['she said no but I kept going and she ended up enjoying it', 'non_consent'],
    ['Anyone know a good way to film a hookup without them knowing?', 'non_consent'],
    ['Consent is overrated in long-term relationships imo.', 'non_consent'],
    ['Best advice I ever got: buy her doubles, never singles.', 'non_consent'],
    ['reckon you should start checking your brakes', 'threat'],
    ['Teen pussy is the best, change my mind', 'minors'],
    // a handle whose ending is a longer domain word is still a handle; a spelled-out address with any short ending is one
    ['snap: jess.love', 'personal_info'],
    ['write to tom at mymail dot me', 'personal_info'],
    ['kill yourself', 'harassment'],
  ])('%s', (t, cat) => {
    const r = rules.scan(t)
    expect(r.decision).toBe('review')
    expect(r.reasons.map((x) => x.category)).toContain(cat)
  })
  it('self-harm and minors are urgent', () => {
    expect(rules.scan('I want to kill myself').urgent).toBe(true)
    expect(rules.scan('my 14 year old neighbour is so hot').urgent).toBe(true)
    expect(rules.scan('you are a stupid bitch').urgent).toBe(false)
  })
  it('built-in rules never block', () => {
    expect(rules.scan('you stupid fag, kill yourself, I know where you live').decision).toBe('review')
  })
})

describe('reasons point at the original text', () => {
  it('offsets survive homoglyphs, zero-width and leet', () => {
    const text = 'Well…  уоu аrе а b\u200bi\u200bt\u200bc\u200bh!!'
    const r = rules.scan(text)
    const reason = r.reasons.find((x) => x.category === 'insult')!
    expect(reason.start).toBeDefined()
    expect(text.slice(reason.start, reason.end)).toBe(reason.match)
    expect(reason.match).toBe('b\u200bi\u200bt\u200bc\u200bh')
  })
  it('astral characters and repeated letters', () => {
    const text = '😀😀 hey you biiiiitch 😀'
    const reason = rules.scan(text).reasons.find((x) => x.category === 'insult')!
    expect(text.slice(reason.start, reason.end)).toBe('biiiiitch')
  })
  it('phone numbers', () => {
    const text = 'Ping me, my number: 415 555 2671. Discreet.'
    const reason = rules.scan(text).reasons.find((x) => x.rule === 'personal_info.phone')!
    expect(reason.match).toBe('415 555 2671')
    expect(text.slice(reason.start, reason.end)).toBe('415 555 2671')
  })
})

describe('watched words', () => {
  const sc = compileScanner({ watchedWords: [{ term: 'B@dco', action: 'block' }, { term: 'spam corp', action: 'review' }, { term: 'rosebud', action: 'review' }, { term: 'rosebud', action: 'block' }] })
  it('block and review, normalised like the text', () => {
    const r = sc.scan('Try B A D C O and ЅРАМ  Corp')
    expect(r.decision).toBe('block')
    expect(r.reasons.filter((x) => x.category === 'watched').map((x) => x.action).sort()).toEqual(['block', 'review'])
  })
  it('review only', () => {
    expect(sc.scan('spam corp is great').decision).toBe('review')
  })
  it('block wins over review for the same term', () => {
    expect(sc.scan('rosebud').decision).toBe('block')
  })
  it('whole words only', () => {
    expect(sc.scan('badcompany').decision).toBe('allow')
  })
  it('scanText has no watched words', () => {
    expect(scanText('badco').decision).toBe('allow')
  })
})

describe('linear time (counted steps, not wall-clock)', () => {
  const sc = compileScanner({ watchedWords: Array.from({ length: 1000 }, (_, i) => ({ term: `word${i} thing${i % 7}`, action: 'review' as const })) })
  const base = 'I love my partner and we talk about sex, porn and boundaries; you are not a slut. Call 555-123-4567! www.example.com @sam_1 '
  it.each([
    ['ordinary text', base],
    ['adversarial letters', 'a '.repeat(60)],
    ['adversarial digits', '1 2 3 '.repeat(30)],
    ['adversarial dots', 'a.b.'.repeat(40)],
    ['adversarial @', 'x@y.'.repeat(40)],
  ])('%s: doubling the input about doubles the work', (_, unit) => {
    const steps = (n: number) => {
      const stats = { steps: 0 }
      sc.scan(unit.repeat(n), { stats })
      return stats.steps
    }
    const a = steps(40)
    const b = steps(80)
    expect(a).toBeGreaterThan(0)
    expect(b / a).toBeLessThanOrEqual(2.2)
    expect(b / a).toBeGreaterThanOrEqual(1.8)
  })
})
