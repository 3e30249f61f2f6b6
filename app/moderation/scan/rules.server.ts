/**
 * Moderation rules as data. Read app/moderation/scan/README.md for the format.
 *
 * TERMS: named lists of terms and phrases. Each entry is normalised exactly like the scanned
 * text (NFKC, case, homoglyphs, leetspeak, apostrophes dropped) and compiled, with every other
 * list and the watched words, into one Aho–Corasick automaton over tokens. A term matches whole
 * tokens only ("ass" never matches inside "assessment").
 * Phrase syntax: `{a|b|c}` alternatives (an empty alternative makes the group optional), e.g.
 *   "{i|im|i am} {going to|gonna} kill {you|u}".
 * Regular inflections of single words (-s, -es, -ed, -ing, -er, -ers) are added for lists marked
 * `inflect`.
 *
 * DETECTORS emit hits with a tag too (PHONE, EMAIL, URL, HANDLE_AT, DOMAIN) — they are linear
 * scanners in detectors.server.ts, not regexes over the whole text.
 *
 * RULES turn tagged hits into reasons. A rule fires on every hit of its `on` tag that passes
 * its context conditions:
 *   aimedBy  — the hit only counts when a hit of `tag` ends right before it (after skipping up
 *              to `maxSkip` tokens tagged with one of `skip`, and `maxUnknown` unknown tokens)
 *              inside the same sentence: "you stupid <insult>", "OP is a <insult>".
 *   near     — a hit of `tag` within `window` tokens on either side.
 *   unless   — ignored when a hit of `tag` is found `before`/`after` tokens around it.
 *   unlessQuoted — ignored when the matched word is written between quote marks.
 * Built-in rules only ever `review`; `block` comes from moderators' watched words.
 */
import { Filter } from 'bad-words'
import type { ScanCategory } from './types.server.ts'

export type TermList = { tag: string; terms: string[]; inflect?: boolean }

export type Condition = { tag: string; before?: number; after?: number; sameSentence?: boolean }

export type Rule = {
  id: string
  category: ScanCategory
  on: string
  aimedBy?: { tag: string; skip: string[]; maxSkip: number; maxUnknown: number }
  near?: { tag: string; window: number; sameSentence?: boolean; after?: boolean }
  sentenceStart?: boolean
  shortPost?: number
  unless?: Condition[]
  unlessQuoted?: boolean
  urgent?: boolean
}

// ---------------------------------------------------------------------------------------------
// The stock bad-words list, sorted into what it means on this forum.

/** bad-words' own list (base + local list), as shipped with the package */
export const BAD_WORDS_LIST: string[] = new Filter().list

/**
 * Normal vocabulary here: sex, bodies, sexual health, kink between consenting adults, and
 * everyday swearing. Never held by themselves (they may still be part of an aimed insult
 * phrase such as "you piece of shit").
 */
export const ALLOWED_WORDS: string[] = [
  // sex, bodies, health
  'sex', 'sexy', 'sexual', 'hotsex', 'gaysex', 'hardcoresex', 'phonesex', 'penis', 'pen1s', 'penas', 'penus', 'peinus', 'peenus',
  'vagina', 'vajina', 'vag1na', 'vulva', 'vullva', 'clit', 'clits', 'clitoris', 'cl1t', 'labia', 'anus', 'anal', 'rectum',
  'orgasm', 'orgasms', 'orgasim', 'orgasims', 'orgasum', 'porn', 'porno', 'pornos', 'pornography', 'p0rn', 'pr0n', 'pron',
  'horny', 'horniest', 'cum', 'cums', 'cumming', 'cummer', 'cumshot', 'kum', 'kums', 'kumming', 'kummer', 'jizz', 'jizm', 'jism', 'jiz', 'jiss', 'jisim',
  'semen', 'sperm', 'spunk', 'splooge', 'ejaculate', 'ejaculated', 'ejaculates', 'ejaculating', 'ejaculation', 'ejaculatings', 'ejakulate', 'ejackulate',
  'boob', 'boobs', 'b00bs', 'b00b', 'booobs', 'boooobs', 'booooobs', 'booooooobs', 'tits', 'tit', 'titties', 'titty', 'titt', 'teets', 'teez', 'breasts',
  'nipple', 'nipples', 'butt', 'butthole', 'ass', 'asses', 'arse', 'a55', 'bum', 'balls', 'ballsack', 'ballbag', 'nutsack', 'scrotum', 'testicle', 'testicles', 'testical',
  'dick', 'dicks', 'd1ck', 'cock', 'cocks', 'c0ck', 'c0cks', 'schlong', 'knob', 'wang', 'willy', 'willies', 'boner', 'erection', 'pussy', 'pussies', 'pussi', 'pussys', 'twat',
  'foreskin', 'pube', 'pubes', 'smegma', 'queef', 'feces', 'enema', 'poop', 'fart', 'piss', 'pissing', 'pee',
  'blowjob', 'blowjobs', 'blow job', 'handjob', 'rimming', 'rimjob', 'fellatio', 'fellate', 'cunnilingus', 'cunilingus', 'cunillingus', 'kunilingus',
  'masturbate', 'masturbating', 'masturbation', 'masterbate', 'masterbation', 'masterbating', 'jackoff', 'jack-off', 'jerk-off', 'wank', 'wanking',
  'dildo', 'dildos', 'buttplug', 'vibrator', 'lube', 'condom', 'kondum', 'kondums', 'viagra',
  'screw', 'screwing', 'shag', 'shagging', 'bang', 'banging', 'gangbang', 'gangbanged', 'gangbangs', 'threesome', 'hump', 'humping',
  'fingering', 'fingerfucking', 'fisting', 'fistfucking', 'pegging', 'squirt', 'squirting', 'deepthroat',
  'bdsm', 'kink', 'kinky', 'fetish', 'dominatrix', 'dominatricks', 'dominatrics', 'masochist', 'masokist', 'sadist', 'sub', 'dom', 'bondage', 'spanking',
  'xxx', 'xrated', 'smut', 'nude', 'nudes', 'naked', 'lust', 'lusting', 'muff', 'snatch',
  'lesbian', 'gay', 'bi', 'queer', 'trans', 'homosexual',
  // everyday swearing
  'fuck', 'fucks', 'fucked', 'fucking', 'fuckin', 'fucker', 'fuk', 'fuking', 'fukin', 'fcuk', 'f u c k', 'shit', 'shits', 'shitty', 'shite', 'sh1t',
  'crap', 'damn', 'goddamn', 'goddamned', 'god-damned', 'god', 'hell', 'hells', 'bloody', 'pissed', 'bugger', 'bollocks', 'bollock', 'feck',
  // words that have innocent meanings
  'cox', 'pawn', 'nob', 'cipa', 'flange', 'knobs', 'wop', 'pula', 'pule', 'hui', 'kuk', 'dink', 'dinks', 'doggin', 'dogging', 'perse', 'yed', 'suka', 'skribz',
  'ekto', 'faen', 'mutha', 'muther', 'fanny', 'butt', 'lezzian', 'boffing', 'nazi', 'nazis', 'hoar', 'knulle',
]

/** Slurs: held whenever they are used, unless the post is talking about the word. */
export const SLURS: string[] = [
  'nigger', 'niggers', 'nigga', 'niggas', 'niggaz', 'niggah', 'nigg3r', 'nigg4h', 'n1gga', 'n1gger', 'n1gr', 'nigur', 'niiger', 'niigr', 'nigguh', 'negro', 'negroes',
  'faggot', 'faggots', 'fagot', 'fagots', 'fag', 'fags', 'faggit', 'faggitt', 'fagg1t', 'fag1t', 'faget', 'fagit', 'fagz', 'faig', 'faigs', 'fagg0t', 'faggs', 'fagging', 'fagz',
  'dyke', 'dykes', 'lesbo', 'lesbos', 'tranny', 'trannies', 'shemale', 'shemales', 'heshe', 'he-she', 'ladyboy', 'trap', 'homo', 'homos', 'poof', 'poofter', 'gaylord', 'butt-pirate', 'fudge packer', 'fudgepacker', 'carpet muncher',
  'chink', 'chinks', 'gook', 'gooks', 'g00k', 'jap', 'japs', 'spic', 'spics', 'spick', 'wetback', 'wetbacks', 'beaner', 'beaners', 'kike', 'kikes',
  'paki', 'pakis', 'packi', 'packie', 'packy', 'pakie', 'paky', 'coon', 'coons', 'darkie', 'sambo', 'raghead', 'towelhead', 'sand nigger', 'camel jockey', 'gypo', 'gyppo', 'pikey',
  'polack', 'polac', 'polak', 'kraut', 'dego', 'daygo', 'honkey', 'honky', 'injun', 'squaw', 'redskin', 'mouliewop', 'cracker',
  'lezzie', 'lezzies', 'lezzy', 'kyke', 'kykes', 'zipperhead', 'zipperheads', 'yid', 'yids', 'heeb', 'wog', 'wogs', 'golliwog', 'jigaboo', 'porch monkey', 'sheboon', 'chinaman', 'slant eye', 'slanteye', 'trannie',
  'retard', 'retards', 'retarded', 'tard', 'libtard', 'spaz', 'spastic', 'spac', 'mong', 'mongoloid',
]

/** Insults: held when aimed at a person ("you …", "OP is a …", "what a …"). bad-words entries
 * not listed above are added here automatically. */
export const INSULTS: string[] = [
  'bitch', 'bitches', 'biatch', 'slut', 'sluts', 'slutty', 'whore', 'whores', 'hoe', 'hoes', 'ho', 'thot', 'skank', 'skanks', 'skanky',
  'cunt', 'cunts', 'twat', 'asshole', 'assholes', 'arsehole', 'ass', 'dick', 'dickhead', 'prick', 'pricks', 'bastard', 'bastards',
  'wanker', 'tosser', 'douche', 'douchebag', 'scumbag', 'dirtbag', 'sleazebag', 'shithead', 'dumbass', 'jackass', 'fatass', 'dumbfuck', 'motherfucker',
  'fucker', 'fuckface', 'fuckwit', 'cocksucker', 'pussy', 'cock', 'knobhead', 'bellend', 'nonce', 'pig', 'cow', 'bimbo', 'hag', 'harpy',
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'cretin', 'stupid', 'dumb', 'loser', 'losers', 'pathetic', 'worthless', 'useless', 'disgusting',
  'ugly', 'fat', 'gross', 'creep', 'creepy', 'pervert', 'perv', 'freak', 'psycho', 'lunatic', 'trash', 'garbage', 'scum', 'filth', 'vermin', 'waste of space',
  'incel', 'simp', 'cuck', 'clown', 'joke', 'piece of shit', 'piece of crap', 'piece of garbage', 'piece of trash', 'sack of shit', 'waste of oxygen', 'attention whore',
  'queer', 'drama queen', 'town bike', 'leech', 'cow', 'frigid', 'idiotic', 'sociopath', 'degenerate', 'parasite', 'leech', 'liar', 'fraud', 'coward', 'wimp', 'weirdo', 'hypocrite', 'troll',
]

/** Words that may stand between the aim and the insult: "you stupid fat <insult>". */
const FILLERS: string[] = [
  'fucking', 'fuckin', 'effing', 'freaking', 'frigging', 'bloody', 'damn', 'damned', 'goddamn', 'little', 'big', 'fat', 'stupid', 'dumb', 'ugly', 'dirty',
  'filthy', 'lying', 'cheating', 'worthless', 'pathetic', 'useless', 'absolute', 'total', 'complete', 'utter', 'real', 'such', 'a', 'an', 'sad', 'old', 'lazy',
  'disgusting', 'nasty', 'whiny', 'crazy', 'insecure', 'entitled', 'selfish', 'desperate', 'needy', 'brainless', 'clueless', 'pitiful', 'sick', 'sorry', 'miserable', 'fake',
]

// ---------------------------------------------------------------------------------------------
export const TERMS: TermList[] = [
  { tag: 'SLUR', terms: SLURS },
  { tag: 'INSULT', terms: INSULTS },
  { tag: 'FILL', terms: FILLERS },
  {
    // insults that need no target: clearly aimed at someone by themselves
    tag: 'INSULT_STRONG',
    terms: [
      'attention whore', 'attention seeking leech', 'drama queen', 'town bike', 'incel energy', 'frigid cow', 'fat cow', 'ugly cow', 'stupid cow', 'whiny little bitch', 'stupid bitch', 'dumb bitch',
      'stupid cunt', 'dumb cunt', 'cheating whore', 'lying whore', 'dirty whore', 'dumb slut', 'horny slut fishing', 'bitch please', 'go cry about it', 'look in a mirror', 'no wonder nobody', 'no wonder no one',
      'you deserve it', 'you deserve to be alone', 'stay alone forever', 'die alone', 'you write like a child', 'too stupid to', 'most idiotic person', 'worst thing that ever happened to', 'the reason your {husband|wife|partner|boyfriend|girlfriend} {cheated|left}',
      'never been touched by a woman', 'never been touched by a man', 'nobody wants to have sex with you', 'no one wants to have sex with you', 'nobody would fuck you', 'no one would fuck you', 'who would want to fuck you',
      'go jump off a bridge', 'jump off a bridge lol', 'get a life', 'nobody cares about your', 'no one cares about your', 'the way you deserve', 'like garbage', 'like trash', 'you sound exhausting', 'a liar and a whore',
      'wish anyone would touch you', 'even a therapist would give up', 'as worthless as you', 'as pathetic as you', 'as stupid as you', 'as ugly as you',
    ],
  },
  {
    // aim that overrides a negation ("if you weren't such a frigid cow")
    tag: 'AIM_STRONG',
    terms: ['{if|maybe if} {you|u} {werent|wasnt|weren t} {such|so} {a|an|}', '{you|u} {are|r} {nothing but|nothing more than} {a|an|}'],
  },
  {
    // aim written after the insult: "asshole, that's what you are", "sluts like you"
    tag: 'AIM_AFTER',
    terms: ['thats what you are', 'is what you are', 'thats what u are', 'like you', 'like u', 'as you', 'like op', 'you are', 'youre', 'ur'],
  },
  {
    // sentence-initial insult followed by you / please: "bitch you wish", "b1tch please"
    tag: 'AIM_NEXT',
    terms: ['you', 'u', 'please', 'pls'],
  },
  {
    tag: 'JOKE',
    terms: ['lol', 'lmao', 'haha', 'hahaha', 'jk', 'just kidding', 'not literally', 'kidding', 'joking', 'figuratively', 'rofl'],
  },
  {
    // who an insult is aimed at: the hit must end right before the insult (fillers may sit between)
    tag: 'AIM',
    terms: [
      '{you|u|ya|yu|yall|you all|you guys|you two}',
      '{you|u|ya} {are|r|re|were|was|is|remain|look like|sound like|act like|seem like|are acting like|are being|r being|are such} {a|an|the|one|such a|such an|just a|just an|nothing but a|nothing but an|literally a|literally an|really a|really an|a real|a total|an absolute|an utter|}',
      '{youre|ur|your|yer|youre being|youre acting like|youre just|youre such|ur such|ur just} {a|an|the|one|such a|such an|just a|just an|nothing but a|nothing but an|literally a|literally an|}',
      '{youre|ur|yer} {such|so|just|literally|really|being}',
      '{you|u} {sound|look|act|seem|smell} {like|} {a|an|}',
      '{op|the op|poster|the poster|this guy|this girl|this dude|this woman|this man|this person|this clown|this idiot|she|he|shes|hes|they|theyre|your wife|your gf|your girlfriend|your husband|your bf|your boyfriend|your mom|your mother|your mum|your sister|your partner|your ex} {is|was|are|were|s} {a|an|the|one|such a|such an|just a|nothing but a|a total|a complete|a real|an absolute|}',
      '{op|the op|shes|hes|she|he} {such|so|just|literally}',
      'what {a|an}',
      '{shut up|stfu|screw you|fuck you|fuck off|piss off|go away|get lost|hey|listen|listen here|ok|okay|bye|whatever|typical}',
      '{call|calling} {you|u|op|her|him} {a|an|}',
      '{you|u|ya} {are|r|re|were} {a|an} {fucking|freaking|}',
      '{shut|stfu} {it|up|}',
    ],
  },
  {
    // the insult is negated or generic ("you are not a slut", "that doesn't make you a whore")
    tag: 'NEG',
    terms: [
      'not', 'no', 'never', 'dont', 'doesnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'didnt', 'cant', 'shouldnt', 'nor', 'neither', 'without', 'if', 'whether',
      'nothing wrong', 'stop calling yourself', 'no one is', 'nobody is', 'does that make', 'would that make', 'am i', 'feel like', 'felt like', 'makes me feel like', 'made me feel like',
    ],
  },
  {
    // talking about a word rather than using it
    tag: 'META',
    terms: [
      'word', 'words', 'term', 'terms', 'slur', 'slurs', 'label', 'called', 'call', 'calls', 'calling', 'said', 'say', 'says', 'saying', 'yelled', 'yell', 'shouted', 'screamed',
      'means', 'mean', 'meaning', 'defined', 'definition', 'use', 'using', 'used', 'uses', 'heard', 'hear', 'words like', 'n word', 'f word', 'c word', 'r word', 'spelled',
      'shaming', 'shame', 'shamed', 'shamer', 'stigma', 'stereotype', 'reclaim', 'reclaimed', 'reclaiming', 'offensive', 'derogatory', 'quote', 'quoted', 'wrote',
      'what does', 'whats a', 'what is a', 'meant', 'named', 'name me', 'texted me', 'messaged me',
    ],
  },
  {
    // reported speech: the writer reports what someone else said about them
    tag: 'REPORTED',
    terms: [
      '{called|calls|call|calling} {me|us|myself|her|him|them}', '{he|she|they|someone|somebody|people|my ex|my partner|my husband|my wife|my bf|my gf} {said|says|told me|thinks|thought}',
      '{said|says|told me} {i|im|i was|i am|that i}', 'dmed me', 'messaged me', 'sent me', 'i was called', 'being called', 'to be called', 'get called', 'got called', 'he calls me', 'she calls me',
    ],
  },
  {
    tag: 'SELF_HARM',
    terms: [
      '{kill|killing|end|ending|off|offing|hurt|hurting|cut|cutting|harm|harming|hang|hanging|drown|poison|shoot|shooting|starve|starving} myself',
      '{end|ending|take|taking} my {own|} life', 'end it all', 'ending it all', 'end it tonight', 'end things tonight', 'end it soon',
      '{want|wanna|ready|planning|plan} to die', 'i want to be dead', 'i wish i was dead', 'i wish i were dead', 'wish i was never born', 'wish i had never been born', 'wish i wasnt alive',
      'better off without me', 'better off if i was gone', 'better off if i were gone', 'better off if i wasnt here', 'better off if i werent here', 'better off dead', 'better off gone',
      'no reason to live', 'nothing to live for', 'no point in living', 'no point living', 'no point going on', 'cant go on', 'cant do this anymore', 'cant keep going',
      '{dont|do not} want to {be here|exist|live|wake up} anymore', '{dont|do not} want to {exist|live|wake up}', 'not want to wake up', 'never wake up', 'go to sleep and never wake up',
      'not be here anymore', 'wont be here {much longer|tomorrow|anymore}', 'wont be around {much longer|anymore}', 'disappear forever', 'be gone soon', 'when im gone',
      'suicidal', 'suicide', 'kill me now', 'want to disappear', 'take all my pills', 'took all my pills', 'swallow all my pills', 'overdose', 'od on', 'slit my wrists', 'cut my wrists',
      'jump off a bridge', 'jump off the bridge', 'jump in front of a train', 'written my note', 'wrote my note', 'writing my note', 'suicide note', 'goodbye letter', 'saying goodbye to everyone',
      'everyone would be better off', 'everybody would be better off', 'nobody would miss me', 'no one would miss me', 'no one would notice if i', 'nobody would notice if i', 'nobody would care if i died', 'no one would care if i died',
      'i am a burden to everyone', 'im a burden to everyone', 'im just a burden', 'burden to everyone', 'tired of living', 'tired of being alive', 'done with life', 'given up on life', 'giving up on life',
      'stop being here', 'by not existing', 'not existing anymore', 'wont be here to see', 'wont be around for', 'before i go', 'this is my last post', 'my last post', 'goodbye note', 'writing my goodbye',
      'written letters to my kids', 'written to the kids', 'ive written to', 'have the pills ready', 'pills ready', 'i have the rope', 'have the rope', 'saving my {pills|meds|antidepressants|medication|tablets}', 'rest of my meds', 'rest of my pills',
      'finishing the bottle', 'sleep forever', 'disappear permanently', 'make it stop', 'tonights the night', 'been cutting again', 'cutting again', 'started cutting', 'tallest buildings', 'keeps calling to me', 'hoping something happens',
      'if something happens to me', 'take care of my {cat|dog|kids|pets}', 'why should i stay alive', 'why should i stay', 'why am i still alive', 'why am i still here', 'taking up space', 'whats the point anymore', 'i think im done', 'im done with everything',
      'a burden much longer', 'be a burden much longer', 'quiet soon', 'made my peace', 'ive decided', 'the only thing stopping me', 'and be better off', 'better off without', 'doing {her|him|them|everyone|my family|my girlfriend|my boyfriend|my wife|my husband} a {favour|favor} by',
      'cant hurt anyone anymore', 'going somewhere i cant', 'the kindest thing i could do', 'my existence is a burden', 'existence is a burden', 'not wake up', 'just not wake up', 'end the pain', 'no way out',
      'razor blade', 'razor blades', 'self harm', 'selfharm', 'self-harm', 'unalive myself', 'unalive', 'kms',
    ],
  },
  {
    // support, education and other people's stories about self-harm: not a statement by the writer
    tag: 'SH_CONTEXT',
    terms: [
      'prevention', 'hotline', 'helpline', 'lifeline', 'awareness', 'survivor', 'survivors', 'in recovery', 'years clean', 'months clean', 'used to',
      'my friend', 'a friend', 'my sister', 'my brother', 'my mom', 'my dad', 'my partner', 'my husband', 'my wife', 'my bf', 'my gf', 'my boyfriend', 'my girlfriend', 'my son', 'my daughter',
      'how do i support', 'how can i help', 'support someone', 'resources', 'no longer', 'not anymore', 'im not suicidal', 'not suicidal', 'joking', 'jokingly', 'lol', 'lmao', 'dying of laughter', 'not literally', 'if i have to', 'therapist', 'when i walked in',
    ],
  },
  {
    tag: 'THREAT',
    terms: [
      '{i|ill|im|i am|i will|im going to|i am going to|im gonna|gonna|i swear ill|i swear i will|ima|imma|we will|well|were going to|someone will|someone should|somebody should|i could|i should} {kill|murder|hurt|stab|shoot|beat|strangle|choke|rape|find|hunt|end|destroy|ruin|get|break|smash|bury|punch|slap|cut|burn|wreck|expose|dox|doxx} {you|u|ya|her|him|them|op|your}',
      'i know where you live', 'i know where u live', 'know where you live', 'know where you work', 'i know where you work', 'i know your address', 'i know what car you drive', 'i know where your kids',
      'found your address', 'found where you live', 'i have your address', 'ill be waiting for you', 'see you soon', 'coming for you', 'im coming for you', 'coming to get you',
      'watch your back', 'watch yourself', 'sleep with one eye open', 'your days are numbered', 'youre dead', 'you are dead', 'youre a dead man', 'dead meat', 'you will pay', 'youll pay for this',
      'you will regret', 'youll regret', 'you will be sorry', 'youll be sorry', 'be a shame if something happened', 'be a shame if your', 'shame if your {wife|husband|employer|boss|family|partner|kids}', 'shame if something happened', 'would be a shame if', 'accidents happen',
      'something bad will happen to you', 'something might happen to you', 'be careful walking home', 'careful walking home alone', 'hope you die', 'hope u die', 'i hope you get raped', 'hope you get raped',
      'hope you get hit by', 'hope someone hurts you', 'deserve to be raped', 'deserve to die', 'deserves to die', 'should be shot', 'should be raped', 'should be killed', 'put a bullet in', 'bullet in your head',
      'wait till i find you', 'wait until i find you', 'when i find you', 'i will find you', 'you cant hide', 'teach you a lesson', 'teach her a lesson', 'make you pay', 'make her pay', 'make you suffer',
      '{ill|i will|im going to|im gonna|i swear ill|gonna} {come to|show up at|turn up at|be at|wait outside|be waiting outside} your', 'ill be waiting outside', 'waiting outside your',
      '{or|and} {i|ill} {send|post|share|leak|show|tell} {the|your|them|it|everyone}', 'i have your nudes', 'i have ur nudes', 'have your nudes', 'ur nudes', 'copy of your sex tape', 'not afraid to use it', 'your family will see', 'everyone at your {church|work|office|school|job} {sees|will see|will know}',
      'your employer', 'your boss will', 'send the videos to', 'send the pics to', 'you have until', 'found your linkedin', 'found your facebook', 'worked out who you are', 'i know who you are', 'isnt as private as you think', 'isnt anonymous', 'not as anonymous as you think',
      'think carefully about', '{messages|me|him|her|this} and see what happens', 'see what happens to', 'one way or another', 'shell learn', 'hell learn', 'youll learn', 'youll all hear from me', 'when the time comes', 'enjoy your last', 'be afraid', 'should be afraid', 'a dead man',
      'break his legs', 'break your legs', 'burn the house', 'burn your house', 'stabbing him', 'stabbing her', 'deserve a beating', 'deserves a beating', 'need a good slap', 'needs a good slap', 'in the ground', 'make it slow', 'make it hurt',
      '{id|i would|i could} {kill|murder|strangle|stab|hurt} {him|her|you|them} if', 'make her understand', 'make him understand', 'what happens to women who', 'what happens to men who', 'follow her home', 'follow you home', 'follow him home',
      'i swear ill come', 'ill come to your', 'im keeping a file', 'keeping a file on', 'i have screenshots', 'ive got screenshots', 'nice blue door', 'nice {red|blue|green|black|white} {door|car}',
      'to your face and see', 'say that to my face', 'lose custody', 'what im planning', 'find you somewhere else', 'ill just find you', 'seeing you soon', 'see you very soon',
      'pay you a visit', 'pay her a visit', 'visit you at work', 'show up at your', 'showing up at your', 'show up at her', 'outside your house', 'outside your work', 'knows where you live',
    ],
  },
  {
    tag: 'HARASS',
    terms: [
      'kill yourself', 'kill urself', 'kill your self', 'kys', 'go die', 'go and die', 'just die', 'drink bleach', 'neck yourself', 'hang yourself', 'an hero', 'slit your wrists',
      'nobody likes you', 'no one likes you', 'nobody wants you', 'no one wants you', 'nobody will ever love you', 'no one will ever love you', 'no one will ever want you', 'nobody will ever want you',
      'you should die', 'you deserve to die', 'the world would be better without you', 'world is better without you', 'do everyone a favor', 'do us all a favor', 'you should be ashamed',
      'fuck you', 'fuck u', 'f you', 'fuck off', 'screw you', 'go fuck yourself', 'stfu', 'shut the fuck up', 'eat shit', 'get lost loser', 'you disgust me', 'youre disgusting', 'you are disgusting',
      'you make me sick',
      'send nudes', 'send me nudes', 'send a pic', 'send me a pic', 'send pics', 'send me pics', 'one pic', 'one little pic', 'just one pic', 'just one photo', 'post the nudes', 'post more or', 'show us what', 'what are you wearing', 'wreck you', 'id wreck',
      'bend over', 'for daddy', 'in your dms', 'be in your dms', 'check your inbox', 'i volunteer', 'let me do it', 'get her alone', 'get you alone', 'fuckable', 'i get hard', 'get me hard', 'make you mine', 'whether you like it or not', 'cant say no forever',
      'i know your schedule', 'keep messaging', 'ill keep trying', 'face to the fantasy', 'without the top', 'on your knees', 'what id do to you', 'exactly what id do', 'begging for it', 'comment on your body', 'get used to it sweetheart',
      'bet you taste', 'love to watch you', 'want to see it', 'send a video', 'prove me wrong with a pic', 'amazing in bed', 'dtf', 'cant satisfy you', 'when your {wife|husband}s out of town', 'unspeakable things', 'you know you want',
      'want me to look', 'look even better without', 'wont take no', 'i wont take no', 'meet up for a', 'eat you out', 'i saved all the pics', 'i read every single one of your posts', 'i feel like i know you', 'i cant stop thinking about you',
      'why wont you answer', 'answer my messages', 'your profile pic is', 'your gym selfies', 'you sleep naked', 'go back to where you came from', 'go back to your country', 'stupid cow', 'nobody asked you', 'no one asked you', 'waste of space', 'waste of oxygen',
    ],
  },
  {
    // a minor: ages under 18, school grades, and words for children
    tag: 'MINOR',
    terms: [
      '{10|11|12|13|14|15|16|17|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen} {year|years|yr|yrs} old',
      '{10|11|12|13|14|15|16|17}{yo|y o|yrs|yr|f|m}', '{10|11|12|13|14|15|16|17} {yo|y o|yrs|yr}', '{10yo|11yo|12yo|13yo|14yo|15yo|16yo|17yo|13f|14f|15f|16f|17f|13m|14m|15m|16m|17m}',
      '{aged|age|only|just|barely|shes|hes|she is|he is|she was|he was|turned|turning} {10|11|12|13|14|15|16|17|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen}',
      '{6th|7th|8th|9th|10th|11th|12th|sixth|seventh|eighth|ninth|tenth|eleventh} {grade|grader|graders}', 'in {6th|7th|8th|9th|10th|11th|sixth|seventh|eighth|ninth|tenth|eleventh}',
      '{middle|high|junior high|elementary|primary|secondary} {school|schooler|schoolers} {girl|girls|boy|boys|student|students}', 'young teen', 'young teens', 'teen girls', 'teen boys', 'sophomore in high school', 'middle schooler', 'high schooler', 'highschooler',
      'freshman in high school', 'sophomore in high school', 'year 7', 'year 8', 'year 9', 'year 10', 'year 11',
      'underage', 'under age', 'under-age', 'minor', 'minors', 'preteen', 'pre-teen', 'preteens', 'tween', 'tweens', 'teenie', 'barely legal', 'jailbait', 'jail bait', 'loli', 'lolicon', 'shota', 'shotacon', 'cp',
      'little girl', 'little girls', 'little boy', 'little boys', 'young girl', 'young girls', 'young boy', 'young boys', 'schoolgirls', 'girl scout', 'toddler', 'year 10 and', 'year 11 and', 'in year {7|8|9|10|11}',
      'young one', 'young ones', 'lonely kids', 'teens who', 'under {12|13|14|15|16|17|18}', 'under-{12|13|14|15|16|17|18}', '{im|i am|shes|hes|she is|he is|is|are|were|theyre|turned} {12|13|14|15|16|17}', '{13|14|15|16}-{17|18}', '{12|13|14|15|16|17} is basically',
      '{13|14|15|16|17} {and|and she|and he|and keep|and shes|and hes}', 'student of mine', 'my {15|16|14|13|17} year old student', 'babysitter is', 'our babysitter', 'daughters friends', 'sons friends',
    ],
  },
  {
    // sexual context for the minors rule
    tag: 'SEXUAL',
    terms: [
      'sex', 'sexy', 'sexual', 'sexually', 'hot', 'hottie', 'cute', 'naked', 'nude', 'nudes', 'pics', 'pictures', 'photos', 'porn', 'horny', 'turned on', 'turns me on', 'aroused', 'arousing',
      'hook up', 'hookup', 'hooked up', 'sleep with', 'slept with', 'sleeping with', 'have sex', 'had sex', 'fuck', 'fucked', 'fucking', 'bang', 'banged', 'smash', 'tap that', 'hit that',
      'touch', 'touched', 'touching', 'kiss', 'kissed', 'kissing', 'make out', 'made out', 'lick', 'suck', 'sucked', 'blowjob', 'oral', 'body', 'bodies', 'tight', 'virgin', 'virginity', 'attractive',
      'attracted', 'fantasize', 'fantasy', 'fantasies', 'crush on', 'want her', 'want him', 'date', 'dating', 'sext', 'sexting', 'send me', 'snap me', 'dm me', 'seduce', 'seduced', 'groom', 'grooming',
      'bikini', 'underwear', 'panties', 'bra', 'breasts', 'boobs', 'tits', 'ass', 'booty', 'legs', 'develop', 'developed', 'flirts', 'flirty', 'flirting', 'wants it', 'irresistible', 'uniform', 'swimsuits', 'selfies', 'attracted to', 'secret', 'secrets', 'trust me', 'meeting', 'meet', 'chat', 'chats', 'sweet', 'boyfriend', 'girlfriend', 'done stuff', 'sleeping together', 'dom', 'daddy', 'snap me', 'ready for', 'mature for her age', 'mature for his age', 'mature for their age', 'into older',
    ],
  },
  {
    // protective or educational context around minors (parents, teachers, sex-ed, abuse survivors)
    tag: 'MINOR_SAFE',
    terms: [
      'my son', 'my daughter', 'my kid', 'my kids', 'my child', 'my children', 'our son', 'our daughter', 'our kids', 'parent', 'parents', 'parenting', 'how do i talk', 'talk to my', 'explain to',
      'sex ed', 'sex education', 'age appropriate', 'age-appropriate', 'consent education', 'body safety', 'puberty', 'pediatrician', 'doctor', 'therapist', 'therapy', 'counselor',
      'abused', 'abuse', 'assaulted', 'molested', 'survivor', 'trauma', 'report', 'reported', 'police', 'cps', 'when i was', 'as a teen', 'as a kid', 'growing up', 'back in high school', 'in high school i', 'years ago',
      'year old son', 'year old daughter', 'old son', 'old daughter', 'my niece', 'my nephew', 'her parents', 'health teacher', 'curriculum', 'books for', 'no kids', 'kids yet', 'having kids', 'have kids', 'want kids', 'wants kids', 'kids are', 'with kids', 'the kids', 'our kids', 'kids asleep', 'kids in bed', 'after kids', 'before kids', 'have children', 'having children',
    ],
  },
  {
    // sexual content involving minors that needs no further context
    tag: 'MINOR_SEX',
    terms: [
      'jailbait', 'jail bait', 'loli', 'lolicon', 'shota', 'shotacon', 'child porn', 'cp links', 'cp link', 'trade cp', 'pedo', 'pedophile', 'paedophile', 'map pride', 'minor attracted',
      'barely legal {teen|teens|girl|girls}', 'underage {girl|girls|boy|boys|pics|nudes|sex}', 'preteen {pics|girls|boys|nudes}', 'age is just a number', 'mature for her age', 'mature for his age',
      'teen {nudes|pics|porn}', 'keep our chats secret', 'secret from her {mum|mom|parents|dad}', 'secret from his {mum|mom|parents|dad}', 'her parents think', 'his parents think', 'without the school finding out', 'without her parents knowing',
      'get close to', 'physical affection', 'open up to you', 'a young one', 'lonely kids are', 'high school girls', 'high school boys', 'in uniform irresistible', 'schoolgirl content', 'under 18', 'preferably under', 'dom daddy to teach me', 'older guy',
      'should just show her', 'show her myself', 'better me than', 'special connection', 'take it further', 'sending me selfies', 'sending some back', 'swim team', 'youth pastor', 'join us', 'join in', 'first time with an older', 'best age for a girl', 'before they get jaded', 'young {nudes|pics}', 'schoolgirl nudes', 'middle schooler', 'middle schoolers',
    ],
  },
  {
    tag: 'NONCONSENT',
    terms: [
      '{she|he|they} said no but', '{she|he|they} said no and', '{she|he} {says|said} no {at first|but i|but we|then}', 'no means yes', 'no really means yes', 'no just means', 'her no means', 'his no means',
      'dont take no for an answer', 'never take no for an answer', 'not take no for an answer', 'wont take no for an answer', 'didnt take no for an answer', 'doesnt take no for an answer',
      '{keep|kept|just keep|keep on} {pushing|pestering|pressuring} {her|him|until}', 'wear her down', 'wear him down', 'wore her down', 'wore him down', 'wearing her down',
      'until she gives in', 'until she gave in', 'until he gives in', 'until she says yes', 'until she caves', 'she gave in eventually', 'she caved eventually', 'eventually she gave in',
      '{get|got|getting} her {drunk|wasted|high|tipsy} {so|and|enough|first|then}', 'too drunk to say no', 'too drunk to know', 'while she was {asleep|sleeping|passed out|drunk|unconscious}',
      'while he was {asleep|sleeping|passed out|drunk|unconscious}', 'when she was {asleep|passed out|unconscious}', 'she was passed out', 'she was asleep so', 'she didnt say no', 'she never said no', 'didnt stop her',
      'she wanted it', 'she secretly wanted', 'they secretly want', 'secretly want it', 'all women want it', 'she was asking for it', 'asking for it', 'she owed me', 'owes me sex', 'owe me sex', 'she owes', 'i deserve sex',
      'ignore her', 'ignored her', 'ignore the no', 'ignored the no', 'ignore him', 'push past', 'pushed past', 'push her boundaries', 'push through her', 'convince her', 'talked her into', 'talk her into',
      'pressure her', 'pressured her', 'pressuring her', 'guilt her into', 'guilted her into', 'guilt trip her', 'make her do', 'made her do', 'force her', 'forced her', 'forcing her', 'force him', 'forced him',
      'slip something in her drink', 'slip her something', 'spike her drink', 'spiked her drink', 'roofie', 'roofies', 'roofied', 'ghb', 'rohypnol',
      'she will thank you', 'shell thank you', 'shell come around', 'she will come around', 'shell get into it', 'she got into it', 'shell get over it', 'shell enjoy it', 'she ended up enjoying', 'she enjoyed it in the end',
      'a little resistance', 'token resistance', 'playing hard to get', 'shes just playing', 'doesnt really mean no', 'didnt really mean no', 'dont really mean it', 'dont mean it when they say no',
      'stop asking and just', 'stop asking for permission', 'dont ask just', 'just go for it', 'just do it anyway', 'did it anyway', 'do it anyway', 'kept going anyway', 'keep going anyway',
      'while she{s| is} asleep', 'while {shes|she is|hes|he is} sleeping', 'sleeping girls', 'she never noticed', 'he never noticed', 'condom off', 'took the condom off', 'slip out of the condom', 'the condoms on when it isnt', 'condom is on when',
      'stealthed', 'too drunk to stand but', 'took turns', 'she passed out', 'passed out at the party', 'she didnt complain', 'didnt stop me so', 'started anyway', 'just started anyway', 'if {hes|shes|he is|she is} {hard|wet} {he|she} wants it', 'doesnt matter what {he|she} says',
      'she gives it', 'he gives it', 'if i want it', 'she owes you', 'owes you', 'shes agreed', 'she has agreed', 'everything after that', 'her body said', 'his body said', 'listened to her body', 'freezes up', 'giving you permission', 'dont stop when',
      'ignore the first few', 'ignore it sometimes', 'doesnt really mean it', 'keep buying her drinks', 'until she stops saying no', 'stops saying no', 'keep the alcohol flowing', 'no turns into', 'not really tapping out', 'basically flirting', 'need a push', 'needs a push', 'even if they tap out',
      'needs convincing', 'need convincing', 'feminist invention', 'took what they wanted', 'threatened to leave her unless', 'threatened to leave him unless', 'if he really loved me', 'if she really loved me', 'if you really loved me', 'sulking for', 'persistence pays',
      'pressure my ex', 'pressured my ex', 'eventually gave in', 'she always ends up fine', 'shell warm up', 'just keep going', 'shell have to stay', 'condom on purpose', 'she wont know', 'what she doesnt know', 'she doesnt know wont hurt', 'guilt you out of',
      'stealth', 'stealthing', 'took it off without', 'take it off without', 'without her knowing', 'without him knowing', 'without telling her', 'without her consent', 'without his consent', 'without consent',
    ],
  },
  {
    // the writer is the one who was pressured / asks for help: not approval of it
    tag: 'NC_VICTIM',
    terms: [
      'i said no', 'i told him no', 'i told her no', 'i told them no', 'after i said no', 'i froze', 'raped me', 'was that rape', 'is that rape', 'is this rape', 'thats not consent', 'isnt consent', 'is not consent', 'not consent',
      'consent means', 'consent can be', 'to consent', 'cant consent', 'able to consent', 'i always stop', 'always stop', 'we always stop', 'am i wrong to', 'red flag', 'red flags', 'survivor', 'assaulted me', 'sexual assault', 'trigger warning', 'i walked out', 'youre allowed to leave',
      'how do i tell', 'how do i explain', 'check in', 'checking in', 'enthusiastic', 'we negotiated', 'we agreed beforehand', 'safeword and we', 'cnc', 'consensual non-consent', 'consensual non consent', 'aftercare',
    ],
  },
  {
    // contact details and identity
    tag: 'CONTACT',
    terms: [
      '{add|follow|message|msg|dm|pm|text|hit|find|contact|reach|ping|hmu|hit me up|chat with|talk to} {me|us|her|him} {on|at|up on|over on|via|} {snap|snapchat|sc|insta|instagram|ig|kik|telegram|tg|whatsapp|whats app|wa|discord|wickr|signal|line|skype|tiktok|twitter|x|fb|facebook|onlyfans|of|fansly|reddit|tinder|hinge|bumble|grindr|viber|wechat|session|threema|email|mail|gmail|number|cell|phone}',
      '{my|her|his|their|the} {snap|snapchat|sc|insta|instagram|ig|kik|telegram|whatsapp|discord|wickr|skype|tiktok|twitter|fb|facebook|onlyfans|fansly|number|phone number|cell|cell number|email|email address|address|home address|real name|full name|last name|surname|username|user name|handle|work address|workplace|employer} {is|are|its|here}',
      '{my|our} {snap|snapchat|kik|insta|instagram|ig|telegram|whatsapp|discord|wickr|skype|tiktok|cell|email|signal} {is|here}', 'my {snap|snapchat|kik|wickr|telegram|whatsapp|discord}', '{my|our} {snapchat|kik|insta|instagram|telegram|whatsapp|discord|wickr|tiktok|cell|phone|email}s', '{my|her|his} {number|cell|phone} is', 'my numbers',
      'her real name', 'his real name', 'her full name', 'his full name', 'her last name', 'his last name',
      'works in accounts', 'teaches year', 'nurse at', 'the firefighter from', 'from station', 'the anon posting', 'profile pic is me', 'same username as here', 'couples therapist is', 'add me on', 'find me on', 'follow me on',
      'hmu', 'dm me', 'dm for', 'dms open', 'dms are open', 'inbox me', 'text me', 'call me at', 'text me at', 'reach me at', 'email me', 'email me at', 'whatsapp me', 'call or text', 'text if', 'message me anytime', 'call anytime', 'whatsapp only', 'on snapchat', 'on whatsapp', 'on kik', 'on telegram', 'on signal', 'on discord', 'on wickr',
    ],
  },
  {
    // social-network words that alone are ambiguous: only personal info when a handle follows or a contact phrase precedes
    tag: 'SOCIAL',
    terms: ['snap', 'snapchat', 'sc', 'insta', 'instagram', 'ig', 'kik', 'telegram', 'tg', 'discord', 'wickr', 'skype', 'tiktok', 'twitter', 'whatsapp', 'fansly', 'onlyfans', 'fb', 'facebook', 'signal', 'line', 'viber', 'wechat'],
  },
  {
    tag: 'SPAM',
    terms: [
      'buy now', 'order now', 'shop now', 'click here', 'click the link', 'click my link', 'link in bio', 'link in my bio', 'link in profile', 'check my profile', 'check out my profile', 'visit my profile', 'visit my site', 'visit my website', 'check out my site', 'check out my website',
      'limited offer', 'limited time offer', 'special offer', 'exclusive offer', 'discount code', 'promo code', 'coupon code', 'use code', 'use my code', 'percent off', 'free trial', 'free shipping', 'money back guarantee', 'best price', 'best prices', 'lowest price', 'cheap price', 'cheap prices', 'wholesale',
      'cheap viagra', 'cheap cialis', 'buy viagra', 'buy cialis', 'viagra online', 'cialis online', 'no prescription', 'without prescription', 'male enhancement', 'penis enlargement', 'enlargement pills', 'enlarge your', 'last longer pills',
      'make money', 'earn money', 'passive income', 'work from home', 'get rich', 'crypto', 'bitcoin', 'forex', 'invest now', 'investment opportunity', 'casino', 'betting', 'bet now', 'slots', 'loan', 'loans',
      'subscribe to my', 'sub to my', 'my onlyfans', 'my of', 'my fansly', 'my page', 'my channel', 'selling my', 'selling nudes', 'selling pics', 'nudes for sale', 'pics for sale', 'content for sale', 'sell nudes', 'cashapp', 'cash app', 'venmo me', 'paypal me',
      'hot singles', 'singles in your area', 'meet local', 'local girls', 'sexy girls', 'cam girls', 'live cams', 'webcam', 'sugar daddy', 'sugar baby', 'escort', 'escorts', 'dm for prices', 'dm for rates', 'prices in dm', 'rates in dm',
      'sign up', 'signup', 'sign-up', 'referral', 'ref code', 'my link', 'for sale', 'selling', 'cheap', 'discreet', 'order at', 'out now', 'ebook', 'course', 'coaching program', 'first session free', 'session free', 'spell caster', 'spots', 'hiring', 'apply', 'no experience', 'bonus', 'bonuses',
      'guaranteed', 'free tokens', 'airdrop', 'wallet', 'tip goals', 'cam model', 'duo content', 'meetups', 'content', 'uncensored', 'subscribe', 'please subscribe', 'launched a podcast', 'my podcast', 'search for', 'essay writing', 'deals', 'instant delivery', 'approved in', 'bad credit',
      'kamagra', 'ship from', 'message me on telegram', 'used panties', 'custom requests', 'rent a boyfriend', 'per hour', 'ai girlfriend', 'free cams', 'free porn', 'premium', 'no ads', 'casual encounters', 'no strings', 'tonight', 'remove spaces', 'dm me for pics', 'pics', '18+', 'supplement', 'miracle', 'cure',
      'seo', 'backlinks', 'followers cheap', 'buy followers', 'guaranteed results', 'act now', 'dont miss out', 'order today', 'call now', '100% free', 'risk free', 'free gift', 'giveaway', 'telegram group', 'join my', 'join our',
    ],
  },
  {
    // ordinary places to link to (sexual-health and reference sites): a bare link there is fine
    tag: 'SAFE_DOMAIN',
    terms: [],
  },
  {
    // spam that needs no link
    tag: 'SPAM_STRONG',
    terms: [
      'cheap viagra', 'cheap cialis', 'buy viagra', 'buy cialis', 'viagra online', 'no prescription needed', 'penis enlargement pills', 'enlargement pills', 'male enhancement', 'sex pills that', 'buy followers', 'passive income', 'make money from home',
      'double your money', 'invest in bitcoin', 'trading crypto', 'spell caster', 'link in bio', 'link in my profile', 'link in my bio', 'the link in my profile', 'check my profile for', 'escort service', 'dm for meetups', 'duo content', 'dm me for pics', 'selling used panties',
      'for sale', 'please subscribe', 'launched a podcast', 'essay writing services', 'first session free', 'sugar daddy', 'sugar baby', 'recruit 3 friends', 'recruit friends', 'whatsapp our team', 'message me on telegram', 'ship from india', 'kamagra', 'paypal friends',
      'use my referral code', 'referral code', 'sign up with my link', 'ai girlfriend', 'rent a boyfriend', 'casual encounters tonight', 'free cams', 'free porn', 'cam model', 'tip goals', 'onlyfans', 'fansly', 'nudes for sale', 'selling nudes', 'selling pics',
      'limited spots', 'this one trick', 'doctors hate', 'approved in', 'bad credit', 'airdrop', 'connect your wallet', 'free tokens', 'casino', 'hiring models', 'no experience needed', 'earn up to', 'a day from home', 'remove spaces',
    ],
  },
  {
    // commercial cues that make a link spam
    tag: 'COMMERCIAL',
    terms: [
      'buy', 'order', 'shop', 'cheap', 'deal', 'deals', 'discount', 'offer', 'sale', 'price', 'prices', 'free', 'bonus', 'bonuses', 'join', 'sign up', 'signup', 'subscribe', 'click', 'click here', 'visit', 'tip', 'tips goals', 'cams', 'cam', 'porn', 'xxx', 'escort',
      'casino', 'loan', 'loans', 'crypto', 'bitcoin', 'token', 'tokens', 'wallet', 'referral', 'ref', 'aff', 'tag', 'promo', 'code', 'coupon', 'guaranteed', 'pills', 'supplement', 'cure', 'miracle', 'trick', 'secret', 'ebook', 'course', 'program', 'coaching', 'mentoring',
      'escort service', 'boyfriend service', 'agency', 'hiring', 'apply', 'earn', 'money', 'cash', 'income', 'girls', 'singles', 'meet tonight', 'naughty', 'encounters', 'followers', 'likes', 'views', 'essay', 'essays', 'lonely', 'ai', 'rent', 'uncensored', 'fansly', 'onlyfans', 'content',
      'remove spaces', 'no ads', 'no virus', 'stream', 'premium', 'instant', 'delivery', 'ship', 'shipping', 'order now', 'buy now', 'last chance', 'limited', 'exclusive', 'launch', 'launched', 'out now', 'check out my', 'generous', 'sugar',
    ],
  },
  {
    // identity cues around a full name
    tag: 'IDENT',
    terms: [
      'name is', 'is called', 'works at', 'works in', 'works for', 'teaches', 'nurse at', 'doctor at', 'firefighter', 'from station', 'lives in', 'lives on', 'lives at', 'drives a', 'anon', 'posting about', 'therapist is', 'the one who',
      'profile pic', 'on instagram', 'on facebook', 'add me on', 'beware', 'everyone in town', 'should know', 'she teaches', 'he teaches', 'dr', 'dentist', 'the other woman', 'the other man', 'cheated', 'affair', 'sleeping with',
    ],
  },
  {
    // a full name right after these words is personal information ("My husband is Greg Wilson")
    tag: 'IDENT_NEAR',
    terms: ['{husband|wife|ex|ex wife|ex husband|boyfriend|girlfriend|partner|affair partner|name|therapist|boss|manager|teacher|neighbour|neighbor|mistress|cheater|he|she} is', 'is called', 'named', 'her name', 'his name'],
  },
  {
    // sexual remarks that turn an @mention into harassment
    tag: 'SEXUAL_AT',
    terms: [
      'hot', 'sexy', 'naked', 'nudes', 'nude', 'pic', 'pics', 'photo', 'video', 'body', 'taste', 'tight', 'wreck', 'dtf', 'fuckable', 'hard', 'wearing', 'top', 'knees', 'inbox', 'dms', 'meet', 'alone', 'bed', 'lingerie', 'selfies', 'want me', 'unspeakable', 'things to her',
      'cant stop thinking', 'thinking about you', 'dominated', 'out of town', 'tonight', 'show us', 'send', 'fantasy', 'keep trying', 'schedule', 'you cant say no', 'married', 'share the ones',
    ],
  },
  {
    tag: 'DM',
    terms: ['dm', 'dm me', 'pm me', 'message me', 'inbox me', 'dms', 'whatsapp our team', 'telegram'],
  },
  {
    // weak self-harm cues: two different ones close together in a post are held
    tag: 'SH_WEAK',
    terms: [
      'die', 'dying', 'dead', 'death', 'suicide', 'pills', 'my meds', 'overdose', 'rope', 'noose', 'jump off', 'jump in front', 'razor', 'blade', 'cutting', 'bleed', 'goodbye', 'say goodbye', 'last post', 'last time', 'final', 'note', 'letter', 'letters',
      'burden', 'disappear', 'disappearing', 'gone', 'not here', 'not be here', 'no longer be', 'anymore', 'sleep forever', 'never wake', 'no point', 'pointless', 'whats the point', 'give up', 'giving up', 'cant go on', 'cant do this', 'tired of',
      'end it', 'ending it', 'ending', 'end my', 'finish it', 'make it stop', 'escape', 'peace', 'at peace', 'my peace', 'decided', 'ive decided', 'tonight', 'soon', 'ready', 'plan', 'planned', 'nobody would', 'no one would', 'better off', 'without me',
      'take care of', 'after im gone', 'when im gone', 'forgive me', 'im sorry for everything', 'sorry to everyone', 'thank you all', 'thanks for everything', 'hopeless', 'worthless', 'empty', 'numb', 'nothing matters', 'no future', 'cant see a future', 'hurt myself',
    ],
  },
  {
    // weak non-consent cues: two of them close together (and no victim / educational cue) are held
    tag: 'NC_WEAK',
    terms: [
      'said no', 'says no', 'saying no', 'her no', 'his no', 'no means', 'didnt want to', 'doesnt want to', 'didnt want it', 'wasnt into it', 'not in the mood', 'headache', 'asleep', 'sleeping', 'passed out', 'unconscious', 'drunk', 'wasted', 'high',
      'anyway', 'anyways', 'regardless', 'eventually', 'gave in', 'gives in', 'give in', 'caved', 'cave', 'wore her down', 'persist', 'persistence', 'persistent', 'keep trying', 'keep asking', 'kept asking', 'pushed', 'push', 'pushing', 'pressure', 'pressured',
      'convince', 'convinced', 'persuade', 'persuaded', 'guilt', 'guilted', 'sulk', 'sulking', 'owe', 'owes', 'owed', 'duty', 'wifely', 'entitled', 'her job', 'resist', 'resisted', 'resistance', 'struggle', 'struggled', 'cry', 'cried', 'crying', 'froze', 'freeze',
      'didnt stop', 'dont stop', 'wont stop', 'kept going', 'keep going', 'just do it', 'went ahead', 'started anyway', 'without asking', 'without telling', 'secretly', 'trick', 'tricked', 'lie', 'lied', 'condom', 'stealth', 'she secretly', 'enjoyed it', 'thanked me',
      'she wanted it', 'he wanted it', 'wanted it really', 'means yes', 'hard to get', 'playing hard', 'token', 'unless she', 'unless he', 'or else', 'threatened', 'leave her', 'leave him', 'if she loved', 'if he loved',
    ],
  },
  {
    // weak threat cues: two of them close together are held
    tag: 'THREAT_WEAK',
    terms: [
      'find you', 'found you', 'finding you', 'your house', 'your address', 'your home', 'your work', 'your job', 'your office', 'your car', 'your kids', 'your family', 'your employer', 'your boss', 'your church', 'your school', 'where you live', 'where you work',
      'regret', 'pay for', 'youll pay', 'watch out', 'warning', 'warned', 'careful', 'be careful', 'i know who', 'i know where', 'i know what', 'screenshots', 'expose', 'exposed', 'leak', 'everyone will know', 'everyone will see', 'will see', 'will know',
      'waiting for you', 'waiting outside', 'coming for', 'coming to', 'show up', 'turn up', 'visit', 'i swear', 'mark my words', 'last chance', 'or else', 'consequences', 'you have until', 'until friday', 'until monday', 'or i', 'or ill', 'hurt', 'kill', 'beat', 'break', 'burn', 'ruin', 'destroy', 'punish',
      'one way or another', 'not over', 'this isnt over', 'i wont forget', 'remember this', 'you started this', 'i will end', 'end you', 'watching you', 'watching', 'following', 'followed', 'tracked', 'track you', 'soon', 'anonymous', 'not so anonymous',
    ],
  },
  {
    // sexual remarks aimed at another member
    tag: 'SEX_AT_YOU',
    terms: [
      '{id|i would|i wanna|i want to|let me|lemme|i could|i will|ill|im gonna|i am going to} {fuck|bang|rail|smash|wreck|ruin|destroy|eat|lick|taste|breed|bend over|tie up|use|pound|ride|spank|choke|do} {you|u|her|op|ya}',
      '{your|ur} {tits|boobs|ass|butt|pussy|body|lips|mouth|legs|cock|dick|thighs} {are|is|look|looks|must|would|will}', 'pics of you', 'pic of you', 'photos of you', 'send me {pics|nudes|a pic|photos|a photo|a video}', 'i want to see you', 'show me your', 'show us your',
      'what id do to', 'things id do to', 'in my bed', 'sit on my face', 'on my face', 'suck my', 'you want it', 'you know you want', 'i bet you {are|like|love|want|taste|look}', 'bet ur', 'dm me your', 'inbox me your',
    ],
  },
  {
    // address parts: number + street name + street type
    tag: 'STREET',
    terms: [
      'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'court', 'ct', 'way', 'place', 'pl', 'terrace', 'close', 'crescent', 'cres', 'parkway', 'pkwy',
      'highway', 'hwy', 'circle', 'cir', 'square', 'sq', 'trail', 'row', 'grove', 'gardens', 'apt', 'apartment', 'unit', 'suite',
    ],
  },
  {
    tag: 'DIGITWORD',
    terms: ['zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'o', 'double', 'triple'],
  },
  {
    tag: 'AT_WORD',
    terms: ['at', 'dot', 'gmail', 'yahoo', 'hotmail', 'outlook', 'icloud', 'proton', 'protonmail', 'aol', 'gmx', 'live', 'mail', 'com', 'net', 'org', 'co', 'uk'],
  },
]

// ---------------------------------------------------------------------------------------------
const FILLER_SKIP = ['FILL', 'INSULT']

export const RULES: Rule[] = [
  {
    id: 'slur.used', category: 'slur', on: 'SLUR', unlessQuoted: true,
    unless: [{ tag: 'META', before: 5, sameSentence: true }, { tag: 'META', after: 3, sameSentence: true }, { tag: 'REPORTED', before: 6, sameSentence: true }],
  },
  {
    id: 'insult.aimed', category: 'insult', on: 'INSULT', unlessQuoted: true,
    aimedBy: { tag: 'AIM', skip: FILLER_SKIP, maxSkip: 3, maxUnknown: 1 },
    unless: [{ tag: 'NEG', before: 5, sameSentence: true }, { tag: 'REPORTED', before: 6, sameSentence: true }, { tag: 'META', after: 1 }],
  },
  { id: 'harassment.phrase', category: 'harassment', on: 'HARASS', unlessQuoted: true, unless: [{ tag: 'REPORTED', before: 4, sameSentence: true }] },
  { id: 'threat.phrase', category: 'threat', on: 'THREAT', unless: [{ tag: 'NEG', before: 2, sameSentence: true }, { tag: 'JOKE', before: 12, after: 12, sameSentence: true }] },
  { id: 'self_harm.statement', category: 'self_harm', on: 'SELF_HARM', urgent: true, unless: [{ tag: 'NEG', before: 2, sameSentence: true }, { tag: 'SH_CONTEXT', before: 8, after: 8, sameSentence: true }] },
  { id: 'minors.explicit', category: 'minors', on: 'MINOR_SEX', urgent: true, unless: [{ tag: 'META', before: 3, sameSentence: true }] },
  {
    id: 'minors.sexual_context', category: 'minors', on: 'MINOR', urgent: true,
    near: { tag: 'SEXUAL', window: 12, sameSentence: false },
    unless: [{ tag: 'MINOR_SAFE', before: 20, after: 20 }],
  },
  { id: 'non_consent.approval', category: 'non_consent', on: 'NONCONSENT', unless: [{ tag: 'NC_VICTIM', before: 25, after: 25 }] },
  { id: 'self_harm.cues', category: 'self_harm', on: 'SH_WEAK', urgent: true, near: { tag: 'SH_WEAK', window: 14, sameSentence: false }, unless: [{ tag: 'SH_CONTEXT', before: 15, after: 15 }, { tag: 'JOKE', before: 10, after: 10 }] },
  { id: 'non_consent.cues', category: 'non_consent', on: 'NC_WEAK', near: { tag: 'NC_WEAK', window: 10, sameSentence: false }, unless: [{ tag: 'NC_VICTIM', before: 30, after: 30 }] },
  { id: 'threat.cues', category: 'threat', on: 'THREAT_WEAK', near: { tag: 'THREAT_WEAK', window: 10, sameSentence: false }, unless: [{ tag: 'JOKE', before: 10, after: 10 }] },
  { id: 'harassment.sexual_remark', category: 'harassment', on: 'SEX_AT_YOU', unlessQuoted: true, unless: [{ tag: 'REPORTED', before: 6, sameSentence: true }] },
  { id: 'personal_info.phone', category: 'personal_info', on: 'PHONE' },
  { id: 'personal_info.email', category: 'personal_info', on: 'EMAIL' },
  { id: 'personal_info.address', category: 'personal_info', on: 'ADDRESS' },
  { id: 'personal_info.handle', category: 'personal_info', on: 'HANDLE' },
  { id: 'personal_info.contact', category: 'personal_info', on: 'CONTACT', unless: [{ tag: 'NEG', before: 3, sameSentence: true }] },
  { id: 'spam.link', category: 'spam', on: 'URL', near: { tag: 'COMMERCIAL', window: 60 } },
  { id: 'spam.suspicious_link', category: 'spam', on: 'BAD_URL' },
  { id: 'spam.phrase', category: 'spam', on: 'SPAM_STRONG' },
  { id: 'spam.money_offer', category: 'spam', on: 'MONEY', near: { tag: 'SPAM', window: 25 } },
  { id: 'spam.dm_offer', category: 'spam', on: 'DM', near: { tag: 'SPAM', window: 12 } },
  { id: 'personal_info.identity', category: 'personal_info', on: 'NAME', near: { tag: 'IDENT', window: 14 } },
  { id: 'personal_info.named', category: 'personal_info', on: 'NAME', aimedBy: { tag: 'IDENT_NEAR', skip: [], maxSkip: 0, maxUnknown: 0 } },
  { id: 'harassment.sexual_mention', category: 'harassment', on: 'HANDLE_AT', near: { tag: 'SEXUAL_AT', window: 20 } },
  { id: 'insult.strong', category: 'insult', on: 'INSULT_STRONG', unlessQuoted: true, unless: [{ tag: 'REPORTED', before: 4, sameSentence: true }] },
  {
    id: 'insult.aimed_strong', category: 'insult', on: 'INSULT', unlessQuoted: true,
    aimedBy: { tag: 'AIM_STRONG', skip: FILLER_SKIP, maxSkip: 3, maxUnknown: 1 },
  },
  { id: 'insult.aimed_after', category: 'insult', on: 'INSULT', unlessQuoted: true, near: { tag: 'AIM_AFTER', window: 4, after: true } , unless: [{ tag: 'NEG', before: 3, sameSentence: true }] },
  { id: 'insult.vocative', category: 'insult', on: 'INSULT', unlessQuoted: true, sentenceStart: true, near: { tag: 'AIM_NEXT', window: 1, after: true } },
  { id: 'insult.alone', category: 'insult', on: 'INSULT', shortPost: 3 },
]
