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
  /**
   * A soft rule is a cue for the learned layer, not a decision by itself: with a model loaded its
   * hit is a feature, and its reason is shown only when the model holds the post. Without a model
   * it acts like any other rule. (Rules whose precision on the extra labelled files was < 0.9.)
   */
  soft?: boolean
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
  'cripple', 'cripples', 'roastie', 'roasties', 'half-caste', 'half caste', 'mongrel', 'mongrels', 'abo', 'abos', 'curry muncher', 'curry munchers', 'lezzer', 'lezzers', 'autist', 'autists',
  'slant eyed', 'slant-eyed', 'slant eyes', 'chink eyed', 'shim ale', 'shim ales', 'sheboons', 'dindu', 'dindus', 'groid', 'groids', 'towel head', 'towel heads', 'jungle bunny', 'wigger', 'nig nog',
  'femoid', 'femoids', 'foid', 'foids', 'troon', 'troons', 'trannys', 'mincer', 'batty boy', 'batty man', 'bender', 'benders', 'faggy', 'dyke-y', 'ching chong', 'yellow fever whore', 'pajeet', 'pajeets', 'gyppos', 'gippo', 'pikeys', 'kaffir', 'coolie', 'coolies',
  'boong', 'boongs', 'spacker', 'spackers', 'spakka', 'spazz', 'spazzy', 'spazzer', 'window licker', 'window lickers', 'windowlicker', 'batty boys', 'batty men', 'sperg', 'sperglord',
  'retarted', 'taig', 'taigs', 'muzzie', 'muzzies', 'hymie', 'nignog', 'nig nogs', 'gollywog', 'chinky', 'spearchucker', 'coonass',
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
  'delusional', 'spineless', 'mummys boy', 'mommas boy', 'mamas boy', 'clueless', 'slob', 'insufferable', 'doormat', 'dunce', 'bitter virgin', 'virgin loser', 'dim', 'dimwit', 'brat', 'spoilt brat', 'spoiled brat', 'narcissist', 'manchild', 'man child', 'man-child', 'melt', 'bellend',
  'knob', 'mug', 'halfwit', 'nitwit', 'twit', 'dipshit', 'dickwad', 'numpty', 'pillock', 'plonker', 'prat', 'muppet', 'wally', 'git', 'tool', 'drongo', 'dingus', 'doofus', 'bozo', 'buffoon', 'nincompoop', 'simpleton', 'airhead', 'bimbo', 'himbo', 'dumbo', 'dullard',
  'boring', 'unlikeable', 'unlovable', 'unfuckable', 'repulsive', 'revolting', 'vile', 'hideous', 'deranged', 'unhinged', 'nutjob', 'nutcase', 'headcase', 'basket case', 'sad sack', 'waste of skin', 'embarrassment', 'disgrace', 'failure', 'has-been', 'washed-up',
  'gold digger', 'golddigger', 'slag', 'tart', 'floozy', 'harlot', 'tramp', 'hussy', 'pathetic loser', 'sleaze', 'sleazebag', 'lowlife', 'low life', 'snake', 'rat', 'weasel', 'swine', 'neanderthal', 'caveman',
  'karen', 'boomer', 'snowflake', 'beta male', 'soyboy', 'cuckold', 'pick me', 'pickme', 'crybaby', 'cry baby', 'whiner', 'sook', 'wet blanket', 'killjoy', 'prude', 'psychopath', 'control freak', 'walking red flag',
  'selfish', 'lazy', 'entitled', 'smug', 'arrogant', 'ignorant', 'dense', 'braindead', 'brain dead', 'thick as', 'ugliest', 'trainwreck', 'train wreck', 'hot mess', 'pushover', 'gormless', 'useless lump',
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
      '{op|the op|he|she|your boyfriend|your girlfriend|your husband|your wife|your bf|your gf|your partner|your ex} {sounds|looks|seems} {like|} {a|an|}',
      '{you|u} {people|lot|guys} {are|r}', '{you|u} {absolute|complete|total|utter|massive|giant|fucking|bloody}', '{youre|ur|you are|u are|you r} {genuinely|clearly|obviously|honestly|truly|basically|actually|such|just|so} {a|an|}',
      '{youre|ur|you are} {nothing but|just} {a|an}', 'what {a|an} {sad|absolute|total|complete|}',
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
      'makes you feel', 'make you feel', 'made you feel', 'nothing wrong', 'stop calling yourself', 'no one is', 'nobody is', 'does that make', 'would that make', 'am i', 'feel like', 'felt like', 'makes me feel like', 'made me feel like',
    ],
  },
  {
    // generic "you" (advice, not a remark aimed at a member): "when both of you want it"
    tag: 'GENERIC_YOU',
    terms: ['both of', 'if', 'when', 'as long as', 'make sure', 'unless', 'whenever', 'both partners', 'both people'],
  },
  {
    // the writer names their own identity ("as a dyke myself"): reclaimed use, not a slur at someone
    tag: 'SELF_ID',
    terms: ['as a', 'as a proud', 'fellow', 'proud', 'im a proud', 'i am a proud', 'us'],
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
      '{called|calls|call|calling} {me|us|myself|her|him|them}', '{has|have|had|he|she|they|someone|somebody|people|anyone|partner|ex} {called|calls|call} you', '{called|calls|call|calling} {your|his|her|my|their} {ex|wife|husband|partner|girlfriend|boyfriend|gf|bf|mum|mom|dad|sister|brother|friend}', '{he|she|they|someone|somebody|people|my ex|my partner|my husband|my wife|my bf|my gf} {said|says|told me|thinks|thought}',
      '{said|says|told me} {i|im|i was|i am|that i}', 'dmed me', 'messaged me', 'sent me', 'message saying', 'messages saying', 'text saying', 'texted me', 'threatened me', 'threatening me', 'i was called', 'being called', 'to be called', 'get called', 'got called', 'he calls me', 'she calls me',
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
      '{im|i am|ive been|i keep|i have been|i started|ive started|i} {cutting|burning|hitting|scratching|starving|hurting|punishing|bruising} {myself|my arms|my legs|my thighs|my wrists|my stomach|my skin|my face}',
      '{i|ive|i have|just} {took|taken|swallowed} {a handful|all|the whole|every|a bunch|loads|a load|half} {of|}', '{wont|will not} be {here|around|alive} {for|by|to|when|much|after|next|anymore|tomorrow}',
      'i {want|need} {it|everything|the pain|this|it all} to {stop|end} {forever|for good|permanently}', '{thinking|thought|thinking seriously|been thinking} about {ending it|killing myself|drowning myself|hanging myself|jumping|overdosing|not being here|not existing|dying}',
      '{how many|how much} {pills|tablets|paracetamol|tylenol|sertraline|of my} {would|does|to}', 'do it {right|properly} {next time|this time}', 'next time i wont', 'not coming back from', 'for good this time', 'make sure of it', 'before i do it', 'going to do it tonight', 'do it this weekend',
      'bought a rope', 'bought rope', 'have a gun', 'have the gun', 'stockpiling {pills|meds|tablets}', 'saved up {pills|meds|tablets}', 'looked up {how|ways|the}', 'researched {how|ways|methods}', 'pumped my stomach', 'in front of a {train|bus|truck|lorry|car}',
      'into the {sea|river|lake|water} and', 'let that be that', 'stop being a burden', 'remove the problem', 'remove myself', 'wont be a problem', 'stop being dramatic permanently', 'giving {her|him|them} what {she|he|they} {wants|want}', 'test that theory',
    ],
  },
  {
    // an affectionate adjective turns a mock insult into a greeting ("you beautiful weirdos")
    tag: 'FOND',
    terms: ['beautiful', 'lovely', 'gorgeous', 'wonderful', 'amazing', 'glorious', 'magnificent', 'brilliant', 'adorable', 'sweet', 'cute', 'fabulous', 'marvellous', 'marvelous', 'darling', 'precious', 'dear', 'lovable', 'fellow'],
  },
  {
    // "your dick", "his prick": a body part, not a name called
    tag: 'POSSESSIVE',
    terms: ['your', 'his', 'my', 'their', 'our'],
  },
  {
    // help services: links and numbers next to these are resources, not advertising
    tag: 'HELP_SERVICE',
    terms: ['helpline', 'hotline', 'crisis line', 'crisis text line', 'rape crisis', 'samaritans', 'lifeline', 'charity', 'charities', 'nhs', 'sexual health clinic', 'support line', 'confidential', 'domestic abuse', 'domestic violence', 'suicide prevention', 'counselling service', 'counseling service', 'refuge', 'crisis', 'reach out', 'emergency'],
  },
  {
    // "if I break her trust", "break his heart": not violence
    tag: 'NOT_VIOLENT_OBJECT',
    terms: ['trust', 'heart', 'hearts', 'spirit', 'confidence', 'streak', 'promise', 'silence', 'news', 'record', 'habit', 'rules', 'focus', 'mood', 'off', 'out', 'slack', 'loose'],
  },
  {
    // support, education and other people's stories about self-harm: not a statement by the writer
    tag: 'SH_CONTEXT',
    terms: [
      'prevention', 'hotline', 'helpline', 'lifeline', 'awareness', 'survivor', 'survivors', 'in recovery', 'years clean', 'months clean', 'used to',
      '{my|his|her|our|a} {friends|sisters|brothers|mums|moms|dads|fathers|mothers|partners|husbands|wifes|sons|daughters|cousins|uncles|aunts|exs|colleagues|classmates} {suicide|overdose|death}', 'anniversary of', 'lost to suicide', 'died by suicide',
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
      'watch your back', 'watch yourself', '{look|looking|keep looking|start looking} over your shoulder', 'know where you park', 'sleep with one eye open', 'your days are numbered', 'youre dead', 'you are dead', 'youre a dead man', 'dead meat', 'you will pay', 'youll pay for this',
      'you will regret', 'youll regret', 'you will be sorry', 'youll be sorry', 'be a shame if something happened', 'be a shame if your', 'shame if your {wife|husband|employer|boss|family|partner|kids}', 'shame if something happened', 'would be a shame if', 'accidents happen',
      'something bad will happen to you', 'something might happen to you', 'be careful walking home', 'careful walking home alone', 'hope you die', 'hope u die', 'i hope you get raped', 'hope you get raped',
      'hope you get hit by', 'hope someone hurts you', 'deserve to be raped', 'deserve to die', 'deserves to die', 'should be shot', 'should be raped', 'should be killed', 'put a bullet in', 'bullet in your head',
      'wait till i find you', 'wait until i find you', 'when i find you', 'i will find you', 'you cant hide', 'teach you a lesson', 'teach her a lesson', 'make you pay', 'make her pay', 'make you suffer',
      '{ill|i will|im going to|im gonna|i swear ill|gonna} {come to|show up at|turn up at|be at|wait outside|be waiting outside} your', 'ill be waiting outside', 'waiting outside your',
      '{or|and} {i|ill} {send|post|share|leak|show|tell} {the|your|them|it|everyone}', 'i have your nudes', 'i have ur nudes', 'have your nudes', 'ur nudes', 'copy of your sex tape', 'not afraid to use it', 'your family will see', 'everyone at your {church|work|office|school|job} {sees|will see|will know}',
      'your employer', 'your boss will', 'send the videos to', 'send the pics to', 'you have until', 'found your linkedin', 'found your facebook', 'worked out who you are', 'i know who you are', 'isnt as private as you think', 'isnt anonymous', 'not as anonymous as you think',
      'think carefully about', '{messages|me|him|her|this} and see what happens', 'see what happens to', 'one way or another', 'shell learn', 'hell learn', 'youll learn', 'youll all hear from me', 'when the time comes', 'enjoy your last', 'be afraid', 'should be afraid', 'a dead man',
      'break his legs', 'break your legs', '{check|checking|cut|cutting} your brakes', '{cut|cutting} {his|her|their} brakes', 'burn the house', 'burn your house', 'stabbing him', 'stabbing her', 'deserve a beating', 'deserves a beating', 'need a good slap', 'needs a good slap', 'in the ground', 'make it slow', 'make it hurt',
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
      'bend over', 'for daddy', 'be in your dms', 'slide into your dms', 'sliding into your dms', 'check your inbox', 'let me do it', 'get her alone', 'get you alone', 'fuckable', 'i get hard', 'get me hard', 'make you mine', 'whether you like it or not', 'cant say no forever',
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
      '{13|14|15|16|17} {and|and she|and he|and keep|and shes|and hes}', 'student of mine',
      '{whos|who is|whos only|who is only|aged|ages|both|both only|like|her|his|me|she|he|cousin|girl|boy|gf|bf|girlfriend|boyfriend|student|babysitter|neighbour|neighbor|niece|nephew|stepdaughter|stepson|friend|kid|teen|teenager} {12|13|14|15|16|17}',
      '{12|13|14|15|16|17}th birthday', 'until {im|i am|shes|hes|she is|he is|she turns|he turns|i turn} {16|17|18}', 'actual teens', 'real teens', 'a teenager', 'teenagers', 'under {16|17|18} only', 'in {year|grade} {7|8|9|10|11}', 'my {15|16|14|13|17} year old student', 'babysitter is', 'our babysitter', 'daughters friends', 'sons friends',
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
      'teen {nudes|pics|porn|pussy|tits|sluts}', 'keep our chats secret', 'secret from her {mum|mom|parents|dad}', 'secret from his {mum|mom|parents|dad}', 'her parents think', 'his parents think', 'without the school finding out', 'without her parents knowing',
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
      'ignore the first few', 'ignore it sometimes', 'doesnt really mean it', 'keep buying her drinks', '{buy|buying|bought|get|getting} her doubles', 'until she stops saying no', 'stops saying no', 'keep the alcohol flowing', 'no turns into', 'not really tapping out', 'basically flirting', 'need a push', 'needs a push', 'even if they tap out',
      'needs convincing', 'need convincing', 'feminist invention', 'took what they wanted', 'threatened to leave her unless', 'threatened to leave him unless', 'if he really loved me', 'if she really loved me', 'if you really loved me', 'sulking for', 'persistence pays',
      'pressure my ex', 'pressured my ex', 'eventually gave in', 'she always ends up fine', 'shell warm up', 'just keep going', 'shell have to stay', 'condom on purpose', 'she wont know', 'what she doesnt know', 'she doesnt know wont hurt', 'guilt you out of',
      'stealth', 'stealthing', 'took it off without', 'take it off without', 'without her knowing', 'without him knowing', 'without telling her', 'without her consent', 'without his consent', 'without consent',
      'without them knowing', 'without {her|his|their} knowledge', 'consent is {overrated|optional|for losers}',
      '{she|he} {was|were} {asleep|passed out|blackout drunk|out of it|unconscious|barely conscious|half asleep} {so|and|but} {i|we}', '{she|he} {didnt|did not|never} {say yes|consent|agree} {but|so|and}', '{i|we} {didnt|did not|never} {stop|wait|ask|check} {when|even|until|though}',
      '{kept|keep|carried on|carry on|continued} {going|fucking|pounding|thrusting} {even|until|after|while|when|though}', 'even though {she|he} {said no|was crying|pushed|asked me to stop|told me to stop|was asleep|was drunk}', '{after|until} {she|he} {stopped|stops} {saying no|fighting|struggling|resisting}',
      '{she|he} {said|says} {stop|no} {but|so} {i|we}', 'didnt take no', 'wasnt taking no', 'took advantage of {her|him}', 'take advantage of {her|him}', 'made {her|him} {do|have|give|suck|get}', 'wouldnt let {her|him} {leave|go|stop}', 'held {her|him} down', 'pinned {her|him}',
      '{slip|slipped|put|spike|spiked|drop|dropped} something in {her|his|their|your} drink', '{passed out|asleep|unconscious|blacked out} {is|its|means|=} fair game', 'fair game', '{took|take|taking} {it|that|silence} as a yes', '{her|his} body {was saying|said|says|is saying} yes',
      'you dont mean that', 'didnt hear {it|the safeword|her|him}', 'pretend {you|i} didnt hear', 'go along with it', 'push through {the|her|his|their} {reluctance|no|hesitation}', '{finished|finish|kept going|carried on} anyway', 'doesnt remember {a thing|anything}', 'dont remember {a thing|anything}',
      'dont take {her|his|their} {first|second} no', 'before {she|he|they} {gives|give} in', 'stand in the doorway', 'when {she|he} wasnt looking', 'when {she|he} was not looking', 'doesnt get to say no', 'dont get to say no', 'cant say no to', 'not allowed to say no', 'no isnt an option',
      'didnt have to argue', 'kinda convenient', 'easier to just', 'just lie there', 'she just lay there', 'he just lay there', 'changed {her|his} mind', 'who paid the', 'legless', 'absolutely wasted', 'too out of it', 'plausible deniability', 'got {her|him} drunk {enough|so|and|first}', '{her|his} job to', '{her|his} duty to', 'wifely duty', 'marital duty', 'owes me {sex|it|a}', 'i paid for dinner so', 'whether {she|he} {likes|wants} it or not',
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
      '{my} {snap|snapchat|sc|insta|instagram|ig|kik|telegram|whatsapp|discord|wickr|skype|tiktok|twitter|fb|facebook|onlyfans|fansly|number|phone number|cell|cell number|email|email address|address|home address|real name|full name|last name|surname|username|user name|handle|work address|workplace|employer} {is|are|its|here}',
      '{her|his|their|the} {snap|snapchat|sc|insta|instagram|ig|kik|telegram|whatsapp|discord|wickr|skype|tiktok|twitter|fb|facebook|onlyfans|fansly|number|phone number|cell number|email|email address|address|home address|real name|full name|last name|surname|username|user name|handle|work address|workplace|employer} {is|are|its|here}',
      '{my|our} {snap|snapchat|kik|insta|instagram|ig|telegram|whatsapp|discord|wickr|skype|tiktok|cell|email|signal} {is|here}', 'my {snap|snapchat|kik|wickr|telegram|whatsapp|discord}', '{my|our} {snapchat|kik|insta|instagram|telegram|whatsapp|discord|wickr|tiktok|email}s', '{my} {number|cell|phone} is', '{her|his} {number|cell number|phone number} is', 'my numbers',
      'her real name', 'his real name', 'her full name', 'his full name', 'her last name', 'his last name',
      '{im|i am|were|we are|hes|shes|he is|she is|my wife is|my husband is|my partner is|find me|find us|find my wife and me|find him|find her} on {hinge|grindr|tinder|feeld|bumble|okcupid|fetlife|scruff|her|raya|badoo|plenty of fish|pof|match|snapchat|instagram|facebook|twitter|tiktok|onlyfans|reddit|kik|telegram|whatsapp} as',
      '{hes|shes|he is|she is|im|were|we are} on {hinge|grindr|tinder|feeld|bumble|okcupid|fetlife|scruff|raya|badoo|pof} {as|under}', 'same pic as my avatar', 'his plate is', 'her plate is', 'number plate is', 'his reg is', 'her reg is', 'registration is',
      'profile pic is me', 'same username as here', 'add me on', 'find me on', 'follow me on',
      'hmu', 'dm me', 'dm for', 'dms open', 'dms are open', 'inbox me', 'text me', 'call me at', 'text me at', 'reach me at', 'email me', 'email me at', 'whatsapp me', 'call or text', 'message me anytime', 'call anytime', 'whatsapp only', 'on snapchat', 'on whatsapp', 'on kik', 'on telegram', 'on signal', 'on discord', 'on wickr',
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
      'sign up', 'signup', 'sign-up', 'referral', 'ref code', 'my link', 'for sale', 'selling', 'cheap', 'discreet', 'order at', 'out now', 'ebook', 'coaching program', 'first session free', 'session free', 'spell caster', 'hiring', 'apply', 'no experience', 'bonus', 'bonuses',
      'guaranteed', 'free tokens', 'airdrop', 'wallet', 'tip goals', 'cam model', 'duo content', 'meetups', 'uncensored', 'subscribe', 'please subscribe', 'launched a podcast', 'my podcast', 'essay writing', 'deals', 'instant delivery', 'approved in', 'bad credit',
      'kamagra', 'ship from', 'message me on telegram', 'used panties', 'custom requests', 'rent a boyfriend', 'per hour', 'ai girlfriend', 'free cams', 'free porn', 'premium', 'no ads', 'casual encounters', 'no strings', 'tonight', 'remove spaces', 'dm me for pics', 'pics', '18+',
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
      'incall', 'incalls', 'outcall', 'outcalls', 'body rub', 'generous men', 'generous gentlemen', 'check my bio', 'check out my bio', 'check my profile links', 'spicy content', 'join my patreon', 'my patreon',
      'vote for my', 'free masterclass', 'no fake profiles', 'free to sign up', 'new girls every week', 'real photos on my', 'genuine pics', 'text for availability', 'open till 4am', 'see our menu', 'here is my link', 'heres my link', 'use code', 'code forum',
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
      'hot', 'sexy', 'naked', 'nudes', 'nude', 'pics', 'taste', 'tight', 'wreck', 'dtf', 'fuckable', 'knees', 'inbox', 'dms', 'lingerie', 'selfies', 'want me', 'unspeakable', 'things to her',
      'cant stop thinking', 'thinking about you', 'dominated', 'show us', 'you cant say no', 'share the ones',
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
/**
 * Cue classes for the learned layer (no rule fires on them). General vocabulary, grouped by what
 * it signals; the model sees which classes occur in the post and which pairs occur in the same
 * sentence (e.g. SELF + METHOD, YOU + VIOLENCE, AGE_MINOR + ROMANCE, REFUSAL + OVERRIDE), so it can
 * weigh wording it never saw by the class of its words.
 */
export const MODEL_CUES: TermList[] = [
  { tag: 'C_SELF', terms: ['i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'myself', 'mine'] },
  { tag: 'C_YOU', terms: ['you', 'u', 'your', 'ur', 'youre', 'yourself', 'ya', 'yours', 'youll', 'youd', 'youve'] },
  { tag: 'C_HESHE', terms: ['she', 'her', 'he', 'him', 'shes', 'hes', 'herself', 'himself'] },
  {
    tag: 'C_INTENT', inflect: true,
    terms: ['will', 'ill', 'gonna', 'going to', 'plan', 'planning', 'planned', 'want to', 'wanna', 'about to', 'tonight', 'tomorrow', 'soon', 'ready', 'decided', 'decide', 'this weekend', 'next week', 'one day', 'when the time', 'im going', 'im done', 'wish', 'intend', 'mean to', 'gonna do it', 'finally'],
  },
  {
    tag: 'C_DEATH', inflect: true,
    terms: ['die', 'dies', 'died', 'dead', 'death', 'dying', 'suicide', 'suicidal', 'kill myself', 'end it', 'end my life', 'not wake up', 'wake up', 'alive', 'exist', 'existing', 'gone', 'disappear', 'disappeared', 'vanish', 'grave', 'funeral', 'afterlife', 'the end', 'no longer be here', 'not be here', 'be here', 'living', 'live anymore', 'sleep forever', 'unalive', 'over for me'],
  },
  {
    tag: 'C_METHOD', inflect: true,
    terms: ['pills', 'pill', 'tablets', 'meds', 'medication', 'overdose', 'rope', 'noose', 'razor', 'blade', 'blades', 'knife', 'bridge', 'train tracks', 'tracks', 'train', 'jump', 'jumped', 'ledge', 'roof', 'rooftop', 'cut', 'cutting', 'cuts', 'bleed', 'bleeding', 'gun', 'hang', 'hanging', 'drown', 'bottle', 'stockpile', 'stockpiling', 'saved up', 'saving up', 'car exhaust', 'garage', 'wrists', 'scars', 'burn myself', 'starve', 'high enough', 'cliff', 'bathtub', 'veins', 'painkillers', 'sleeping pills', 'paracetamol', 'tylenol', 'insulin', 'belt'],
  },
  {
    tag: 'C_FAREWELL', inflect: true,
    terms: ['goodbye', 'bye', 'farewell', 'note', 'letter', 'letters', 'last', 'final', 'finally', 'miss me', 'forgive me', 'sorry for everything', 'take care of', 'look after', 'better off', 'burden', 'will', 'my things', 'give away', 'gave away', 'giving away', 'said my goodbyes', 'thank you for everything', 'thanks for everything', 'love you all', 'one last', 'peace', 'rest', 'at peace', 'free soon', 'no more pain', 'the pain will stop', 'it will be over', 'wont have to worry', 'after im gone', 'when im gone', 'without me', 'remember me'],
  },
  {
    tag: 'C_HOPELESS', inflect: true,
    terms: ['hopeless', 'worthless', 'pointless', 'no point', 'empty', 'numb', 'tired', 'exhausted', 'cant go on', 'cant do this', 'cant take', 'cant cope', 'nothing matters', 'no future', 'trapped', 'no way out', 'no reason', 'give up', 'giving up', 'gave up', 'broken', 'alone', 'lonely', 'nobody cares', 'no one cares', 'nobody would', 'no one would', 'unbearable', 'too much', 'dark', 'darkness', 'hate myself', 'hate my life', 'failure', 'useless', 'drowning', 'enough', 'done', 'over it', 'cant anymore', 'anymore', 'nothing left', 'fading', 'ruined everything', 'ruin everything', 'everyone hates me', 'deserve this', 'deserve to suffer'],
  },
  {
    tag: 'C_VIOLENCE', inflect: true,
    terms: ['kill', 'murder', 'hurt', 'beat', 'stab', 'shoot', 'punch', 'slap', 'kick', 'break', 'burn', 'strangle', 'choke', 'smash', 'destroy', 'ruin', 'bury', 'cut', 'rape', 'suffer', 'pay', 'bleed', 'blood', 'gun', 'knife', 'bat', 'acid', 'fist', 'teeth', 'bones', 'legs', 'face', 'wreck', 'end', 'finish', 'deal with', 'take care of', 'get', 'pain', 'hospital', 'in the ground', 'six feet', 'body bag', 'dead', 'die', 'grave', 'beating', 'lesson', 'sorry', 'regret', 'hunt', 'crush'],
  },
  {
    tag: 'C_LOCATE',
    terms: ['where you live', 'where you work', 'where u live', 'your address', 'your house', 'your home', 'your place', 'your flat', 'your apartment', 'your street', 'your door', 'your car', 'your kids', 'your children', 'your family', 'your wife', 'your husband', 'your mum', 'your mom', 'your parents', 'your work', 'your job', 'your office', 'your boss', 'your employer', 'your school', 'your gym', 'your church', 'your town', 'your real name', 'your name', 'your neighbours', 'your neighbors', 'outside', 'waiting', 'find you', 'found you', 'find out who', 'know who you are', 'know where', 'know what you', 'followed', 'follow you', 'following you', 'watching you', 'tracked', 'track you', 'ip address', 'linkedin', 'facebook', 'your route', 'your schedule', 'walk home', 'park', 'parking', 'drive by', 'driving past', 'pass by', 'your window', 'your doorstep', 'show up', 'turn up', 'visit', 'pay a visit', 'come round', 'come over', 'come to', 'stop by'],
  },
  {
    tag: 'C_EXPOSE', inflect: true,
    terms: ['expose', 'leak', 'share', 'post', 'send', 'screenshots', 'screenshot', 'recording', 'recordings', 'video', 'videos', 'photos', 'pics', 'nudes', 'tape', 'everyone will know', 'everyone will see', 'tell everyone', 'tell your', 'show your', 'your family will', 'your wife will', 'your husband will', 'your boss will', 'publish', 'out you', 'dox', 'doxx', 'ruin your', 'reputation', 'career', 'custody', 'report you'],
  },
  {
    tag: 'C_WARNING', inflect: true,
    terms: ['careful', 'watch', 'watch out', 'regret', 'sorry', 'pay for', 'warning', 'warn', 'last chance', 'or else', 'until', 'consequences', 'see what happens', 'what happens', 'mark my words', 'i swear', 'promise you', 'never forget', 'remember this', 'not over', 'isnt over', 'coming', 'soon', 'wait', 'afraid', 'scared', 'fear', 'shame if', 'accident', 'accidents', 'happen to', 'one way or another', 'you started', 'youll see', 'you will see', 'lesson', 'learn', 'nowhere', 'hide', 'run', 'cant hide', 'cant run', 'better', 'if you', 'unless you', 'or i', 'or ill'],
  },
  {
    tag: 'C_REFUSAL', inflect: true,
    terms: ['said no', 'says no', 'say no', 'saying no', 'told me no', 'no', 'didnt want', 'doesnt want', 'dont want', 'not want', 'wasnt into', 'not into it', 'not in the mood', 'stop', 'stopped', 'pushed me away', 'pushed away', 'pulled away', 'resist', 'resisted', 'cried', 'crying', 'froze', 'frozen', 'tired', 'headache', 'refused', 'refuse', 'hesitant', 'reluctant', 'nervous', 'scared', 'unsure', 'not ready', 'shook her head', 'shook his head', 'turned away', 'pulled back', 'wait', 'told me to stop', 'asked me to stop', 'begged', 'protest', 'protested', 'no means', 'her no', 'his no', 'boundaries', 'boundary', 'limit', 'limits'],
  },
  {
    tag: 'C_OVERRIDE', inflect: true,
    terms: ['anyway', 'anyways', 'regardless', 'still', 'kept going', 'keep going', 'did it', 'went ahead', 'go ahead', 'just do it', 'ignored', 'ignore', 'pushed', 'push', 'pushing', 'pressure', 'pressured', 'pressuring', 'convinced', 'convince', 'persuade', 'persuaded', 'talked her into', 'talked him into', 'wore her down', 'wear her down', 'wore him down', 'eventually', 'gave in', 'give in', 'gives in', 'caved', 'cave', 'persist', 'persistence', 'persistent', 'keep asking', 'kept asking', 'keep trying', 'kept trying', 'nag', 'nagging', 'guilt', 'guilted', 'sulk', 'sulked', 'sulking', 'made her', 'made him', 'make her', 'make him', 'force', 'forced', 'held her', 'held him', 'pinned', 'didnt stop', 'didnt listen', 'doesnt matter', 'dont care', 'didnt care', 'until she', 'until he', 'tapping out', 'tap out', 'loosen up', 'warm up', 'get over it', 'thank me', 'thanked me', 'enjoyed it', 'got into it', 'come around', 'secretly wants', 'wanted it', 'wants it', 'asking for it', 'hard to get', 'token resistance', 'means yes', 'her body', 'his body', 'got wet', 'got hard', 'only a few seconds', 'first few', 'not really', 'playing'],
  },
  {
    tag: 'C_INCAPABLE', inflect: true,
    terms: ['drunk', 'wasted', 'hammered', 'passed out', 'pass out', 'asleep', 'sleeping', 'sleep', 'unconscious', 'high', 'stoned', 'out of it', 'blackout', 'blacked out', 'tipsy', 'drugged', 'roofie', 'drinks', 'drink', 'shots', 'alcohol', 'barely awake', 'half asleep', 'not awake', 'woke up', 'couldnt move', 'couldnt speak', 'out cold', 'sedated', 'sleeping pill', 'xanax', 'knocked out', 'incoherent', 'slurring', 'too drunk', 'couldnt stand'],
  },
  {
    tag: 'C_DECEIVE', inflect: true,
    terms: ['secretly', 'secret', 'without telling', 'without her knowing', 'without him knowing', 'without asking', 'without consent', 'behind her back', 'behind his back', 'trick', 'tricked', 'lie', 'lied', 'lying', 'pretend', 'pretended', 'wont know', 'never know', 'doesnt know', 'didnt know', 'didnt notice', 'never noticed', 'wont notice', 'condom', 'condom off', 'took it off', 'took off the condom', 'stealth', 'stealthing', 'poked holes', 'hidden camera', 'filmed', 'recorded', 'record her', 'record him', 'spiked', 'slipped', 'slip', 'sneak', 'snuck', 'on purpose', 'fake', 'switched'],
  },
  {
    tag: 'C_ENTITLED', inflect: true,
    terms: ['owe', 'owes', 'owed', 'deserve', 'deserves', 'duty', 'wifely', 'husbandly', 'her job', 'his job', 'entitled', 'my right', 'my rights', 'obligation', 'obligated', 'supposed to', 'should have to', 'has to', 'have to', 'must', 'paid for', 'bought her', 'bought dinner', 'married me', 'marriage means', 'my wife', 'my girlfriend', 'my property', 'belongs to me', 'whenever i want', 'when i want', 'if i want', 'no excuse', 'excuses'],
  },
  {
    tag: 'C_SEX', inflect: true,
    terms: ['sex', 'sexual', 'sexually', 'sexy', 'fuck', 'fucked', 'fucking', 'bang', 'banged', 'hook up', 'hooked up', 'slept with', 'sleep with', 'sleeping with', 'have sex', 'had sex', 'penetrate', 'penetrated', 'inside her', 'inside him', 'on top', 'touch', 'touched', 'touching', 'grope', 'groped', 'finger', 'fingered', 'oral', 'blowjob', 'go down', 'went down', 'naked', 'nude', 'nudes', 'undress', 'undressed', 'clothes off', 'panties', 'underwear', 'bra', 'kiss', 'kissed', 'kissing', 'make out', 'made out', 'horny', 'aroused', 'turned on', 'hard', 'wet', 'cum', 'orgasm', 'condom', 'bed', 'penis', 'dick', 'cock', 'pussy', 'vagina', 'breasts', 'boobs', 'tits', 'ass', 'butt', 'body', 'anal', 'intercourse', 'do it', 'did it', 'doing it', 'the deed', 'get laid', 'got laid', 'virgin', 'virginity'],
  },
  {
    tag: 'C_ROMANCE', inflect: true,
    terms: ['date', 'dating', 'crush', 'kiss', 'relationship', 'boyfriend', 'girlfriend', 'attractive', 'attracted', 'hot', 'cute', 'pretty', 'beautiful', 'gorgeous', 'sexy', 'flirt', 'flirting', 'flirts', 'flirty', 'romantic', 'romance', 'love', 'in love', 'special', 'connection', 'feelings', 'chemistry', 'mature', 'mature for', 'grown up', 'older man', 'older guy', 'older woman', 'older men', 'wait for her', 'wait for him', 'when shes 18', 'when hes 18', 'turns 18', 'legal', 'age is just', 'just a number', 'fantasize', 'fantasy', 'fantasies', 'want her', 'want him', 'into her', 'into him', 'tempting', 'temptation', 'irresistible', 'developed', 'curves', 'figure', 'legs', 'selfies', 'pics', 'photos', 'snap', 'dm', 'message', 'messages', 'texting', 'chatting', 'meet', 'meet up', 'alone with', 'our secret', 'secret', 'dont tell', 'between us', 'trust me', 'gift', 'gifts', 'ride home', 'sleepover'],
  },
  {
    tag: 'C_YOUNG', inflect: true,
    terms: ['school', 'schoolgirl', 'schoolboy', 'high school', 'middle school', 'junior high', 'elementary', 'primary school', 'secondary school', 'grade', 'grader', 'class', 'classmate', 'classmates', 'teacher', 'student', 'students', 'pupil', 'homework', 'prom', 'freshman', 'sophomore', 'homeroom', 'recess', 'teen', 'teens', 'teenager', 'teenagers', 'teenage', 'kid', 'kids', 'child', 'children', 'girl', 'girls', 'boy', 'boys', 'niece', 'nephew', 'stepdaughter', 'stepson', 'step daughter', 'step son', 'babysit', 'babysitter', 'babysitting', 'youth', 'youth group', 'camp', 'camper', 'scout', 'scouts', 'tutor', 'tutoring', 'coach', 'team', 'swim', 'gymnastics', 'daughters friend', 'sons friend', 'neighbours daughter', 'neighbors daughter', 'neighbours kid', 'young', 'younger', 'little', 'puberty', 'developing', 'underage', 'minor', 'minors', 'jailbait', 'barely legal', 'not 18', 'isnt 18', 'under 18', 'almost 18', 'nearly 18', 'until shes 18', 'year old', 'years old', 'yo', 'braces', 'uniform', 'parents', 'her mom', 'her mum', 'her dad', 'his mom', 'his mum', 'his dad', 'curfew', 'year 9', 'year 10', 'year 11', 'gcse', 'gcses', 'sixth form', 'playground', 'bus stop', 'allowance', 'pocket money', 'learners permit', 'discord', 'roblox', 'minecraft', 'fortnite'],
  },
  {
    tag: 'C_SH_ACT', inflect: true,
    terms: ['took a handful', 'handful of', 'swallow', 'swallowed', 'swallowing', 'whole packet', 'whole bottle', 'the whole box', 'do it', 'go through with it', 'going through with it', 'do it right', 'next time', 'make sure of it', 'for good', 'permanently', 'not coming back', 'wont be here', 'wont be around', 'wont make it', 'wont wake up', 'never wake up', 'not wake up',
      'hitting myself', 'hit myself', 'punching myself', 'burned myself', 'burning myself', 'burn myself', 'lighter', 'scratching', 'scratch myself', 'bruises', 'scabs', 'scars', 'relapsed', 'relapse', 'stomach pumped', 'pumped my stomach', 'multistorey', 'multi storey', 'car park', 'the edge', 'into the sea', 'into the water', 'under the water', 'in front of a', 'the tracks',
      'one way ticket', 'give away my', 'giving my stuff away', 'keep my', 'look after my', 'paid off', 'cancelled', 'deleting everything', 'deleted everything', 'going quiet', 'say goodbye', 'researched', 'looked up', 'googled', 'googling', 'how many', 'lethal', 'dose', 'fatal', 'wont hurt', 'painless', 'quickest', 'remove the problem', 'remove myself', 'the problem',
      'everyone a favour', 'everyone a favor', 'stop being', 'thoughts of', 'intrusive thoughts', 'urges', 'urge to', 'not safe', 'dont feel safe with myself', 'hurt myself', 'harm myself', 'punish myself', 'deserve the pain', 'deserve pain', 'numb the pain', 'feel something', 'only thing that helps', 'it helps', 'disappear', 'vanish', 'drive into', 'drive off', 'crash the car', 'steering wheel', 'walking into'],
  },
  {
    tag: 'C_NC_ACT', inflect: true,
    terms: ['out of it', 'couldnt say no', 'didnt fight', 'didnt resist', 'lay there', 'just lay there', 'went limp', 'didnt say anything', 'stopped saying no', 'changed her mind', 'changed his mind', 'got her to', 'got him to', 'she didnt know', 'he didnt know', 'took advantage', 'take advantage', 'while she slept', 'while he slept', 'woke up to', 'woke her up', 'woke him up', 'in her sleep', 'in his sleep',
      'finish anyway', 'finished anyway', 'held her down', 'held him down', 'pinned her', 'pinned him', 'wouldnt let her', 'wouldnt let him', 'locked the door', 'blocked the door', 'or else', 'unless she', 'unless he', 'sulked until', 'easier to just', 'just let him', 'just let me', 'lie back', 'wifely duty', 'marital', 'its my right', 'implied consent', 'already agreed', 'agreed last time', 'already naked',
      'halfway through', 'slipped it in', 'it slipped', 'pretended', 'without her permission', 'without his permission', 'without permission', 'didnt ask', 'never asked', 'dont ask', 'asking ruins', 'kills the mood', 'ruin the mood', 'in the moment', 'got carried away', 'she froze', 'he froze', 'froze up', 'tapped out', 'safeword', 'ignored the safeword', 'she was crying', 'he was crying', 'tears', 'hurt her', 'hurting her',
      'shes my wife', 'shes my girlfriend', 'married', 'every night', 'whether she', 'whether he', 'likes it or not', 'like it or not', 'no choice', 'didnt give her', 'made her feel', 'guilt trip', 'blue balls', 'leave her if', 'leave him if', 'cheat if', 'find someone who will', 'teach her', 'break her in', 'make her', 'get her drunk', 'get him drunk', 'another drink', 'one more drink'],
  },
  {
    tag: 'C_GROOM', inflect: true,
    terms: ['our little secret', 'our secret', 'dont tell your', 'dont tell anyone', 'delete the messages', 'delete our chats', 'delete our messages', 'mature for', 'so mature', 'older guys', 'older men', 'older man', 'age gap', 'wait until', 'when she turns', 'when he turns', 'turns 16', 'turns 18', 'legal age', 'age of consent', 'aoc', 'sweet sixteen', 'braces', 'training bra', 'developing', 'sleepover',
      'babysitting', 'tutoring', 'private lessons', 'lessons', 'coaching', 'youth group', 'summer camp', 'camp counsellor', 'camp counselor', 'stepdaughter', 'step daughter', 'stepson', 'my students', 'my pupils', 'my student', 'my pupil', 'ride home', 'alone with her', 'alone with him', 'special friend', 'gifts', 'bought her', 'bought him', 'robux', 'vbucks', 'game credits', 'gaming', 'xbox', 'playstation',
      'her mum', 'her mom', 'her dad', 'his mum', 'his mom', 'his dad', 'her parents', 'his parents', 'parents find out', 'parents know', 'she said shes', 'he said hes', 'says shes', 'says hes', 'claims to be', 'looks older', 'looks young', 'petite', 'flat chested', 'tiny', 'innocent', 'pure', 'untouched', 'fresh', 'young and', 'teen', 'schoolgirl', 'school uniform', 'pigtails', 'girl next door', 'neighbours girl', 'neighbors girl'],
  },
  {
    tag: 'C_THREAT_ACT', inflect: true,
    terms: ['make you pay', 'you will pay', 'see you around', 'see you soon', 'im coming', 'on my way', 'get whats coming', 'whats coming to you', 'youll get yours', 'wont see it coming', 'wont see me coming', 'sleep well', 'sweet dreams', 'nice house', 'nice car', 'cute kids', 'pretty daughter', 'lovely family', 'your daughter', 'your son', 'i know your', 'i found your', 'tracked down', 'looked you up',
      'report you to', 'tell your boss', 'tell your wife', 'tell your husband', 'send this to', 'forward', 'post it', 'unless you', 'until you', 'or i will', 'i will make sure', 'ill make sure', 'make sure you', 'over your shoulder', 'looking over your shoulder', 'accident', 'brakes', 'tyres', 'tires', 'slashed', 'slash', 'fire', 'petrol', 'gasoline', 'acid', 'bleach', 'bat', 'crowbar', 'hammer', 'baseball bat',
      'pay you a visit', 'drop by', 'pop round', 'see you at', 'waiting for you', 'when you least expect', 'least expect', 'count the days', 'counting down', 'tick tock', 'clock is ticking', 'times up', 'final warning', 'last warning', 'no more warnings', 'this is your', 'dont say i didnt warn', 'you have been warned', 'youve been warned', 'ruin you', 'ruin your life', 'end you', 'finish you', 'destroy you', 'bury you', 'get you', 'find out where'],
  },
  {
    tag: 'C_HELP',
    terms: ['help', 'advice', 'support', 'therapist', 'therapy', 'counsellor', 'counselor', 'doctor', 'gp', 'hotline', 'helpline', 'crisis line', 'samaritans', '988', 'how do i', 'how can i', 'should i', 'is it normal', 'is this normal', 'am i wrong', 'any advice', 'anyone else', 'recovery', 'recovering', 'healing', 'survivor', 'report', 'reported', 'police', 'resources', 'thank you', 'thanks', 'grateful', 'worried about', 'concerned', 'talk to', 'talked to', 'reach out', 'reached out', 'safe', 'safety', 'consent', 'consensual', 'agreed', 'enthusiastic', 'asked first', 'check in', 'checked in', 'safeword', 'aftercare'],
  },
  {
    tag: 'C_PAST',
    terms: ['used to', 'years ago', 'when i was', 'back then', 'back when', 'as a teen', 'as a kid', 'growing up', 'in the past', 'no longer', 'not anymore', 'since then', 'at the time', 'looking back', 'i was young', 'i was 15', 'i was 16', 'i was 17', 'i was 14', 'back in', 'clean for', 'years clean', 'months clean', 'in recovery', 'my ex', 'an ex', 'my old'],
  },
  {
    tag: 'C_OTHER_PERSON',
    terms: ['my friend', 'a friend', 'my sister', 'my brother', 'my mom', 'my mum', 'my dad', 'my partner', 'my husband', 'my wife', 'my boyfriend', 'my girlfriend', 'my son', 'my daughter', 'my cousin', 'my roommate', 'my colleague', 'a coworker', 'someone i know', 'someone', 'character', 'the book', 'the movie', 'the show', 'the article', 'the news', 'a story', 'this story', 'a post'],
  },
  {
    tag: 'C_DEMEAN', inflect: true,
    terms: ['ugly', 'fat', 'stupid', 'dumb', 'idiot', 'pathetic', 'loser', 'worthless', 'useless', 'disgusting', 'gross', 'creep', 'creepy', 'freak', 'weird', 'weirdo', 'embarrassing', 'embarrassment', 'joke', 'laughable', 'clown', 'trash', 'garbage', 'nobody wants', 'no one wants', 'nobody likes', 'no one likes', 'nobody cares', 'shut up', 'get lost', 'grow up', 'go away', 'leave', 'sad', 'desperate', 'needy', 'crazy', 'psycho', 'insane', 'delusional', 'liar', 'fake', 'attention', 'whining', 'whine', 'cry', 'crying', 'snowflake', 'mirror', 'no wonder', 'deserve', 'deserved', 'typical', 'of course you', 'imagine', 'lol', 'lmao', 'cope', 'seethe', 'ratio', 'touch grass', 'get a life', 'nobody asked', 'no one asked', 'who asked', 'pick me', 'simp', 'incel', 'beta', 'virgin', 'boomer', 'karen', 'bitter', 'miserable', 'jealous', 'rotten', 'toxic', 'sick', 'twisted', 'vile', 'scum', 'waste'],
  },
  {
    tag: 'C_BODY_REMARK', inflect: true,
    terms: ['i volunteer', 'your body', 'your tits', 'your boobs', 'your ass', 'your butt', 'your legs', 'your lips', 'your mouth', 'your pussy', 'your dick', 'your cock', 'your face', 'your pics', 'your photos', 'your selfies', 'your profile', 'your avatar', 'your pic', 'you look', 'youd look', 'you must be', 'i bet you', 'bet you', 'i want to', 'id love to', 'id like to', 'let me', 'lemme', 'come here', 'come over', 'your place', 'my place', 'dm me', 'message me', 'inbox', 'dms', 'private', 'privately', 'meet up', 'alone', 'tonight', 'sweetheart', 'sweetie', 'babe', 'baby', 'honey', 'darling', 'gorgeous', 'sexy', 'hot', 'cutie', 'princess', 'good girl', 'good boy', 'daddy', 'wearing', 'undress', 'strip', 'show me', 'show us', 'send me', 'prove it', 'picture', 'imagining you', 'thinking about you', 'fantasizing about you', 'wet', 'hard', 'tease'],
  },
]

/**
 * Risk evidence for the learned layer. The model alone may hold a post only when the post contains
 * at least one of these tags (a rule-lexicon word, a risk word class or a detector hit), a soft rule
 * fired, or the post has at least `minTokens` tokens. Everything else in a short post — "reply",
 * "OP", "everyone", "here", "anonymous", "you" — is ordinary forum talk, and a model that holds such a
 * post is reacting to an artefact of its training data. Chosen by cross-validation
 * (scripts/train-scan-model.ts, --gate-tags / --gate-min).
 */
export const EVIDENCE: { strong: string[]; cues: string[]; shortTokens: number; minTokens: number } = {
  /** rule lexicons and detectors (a soft rule that fired and a minor's age, "15", "16yo", count too) */
  strong: [
    'SLUR', 'INSULT', 'INSULT_STRONG', 'HARASS', 'THREAT', 'SELF_HARM', 'MINOR', 'MINOR_SEX', 'NONCONSENT', 'SEX_AT_YOU', 'SPAM', 'SPAM_STRONG', 'COMMERCIAL', 'CONTACT', 'SOCIAL', 'DM', 'IDENT', 'WATCH_BLOCK', 'WATCH_REVIEW',
    'PHONE', 'EMAIL', 'URL', 'BAD_URL', 'HANDLE', 'HANDLE_AT', 'ADDRESS', 'NAME', 'MONEY',
  ],
  /** weak lexicons and risk word classes: evidence only in posts longer than `shortTokens` */
  cues: [
    'SH_WEAK', 'NC_WEAK', 'THREAT_WEAK',
    'C_DEATH', 'C_METHOD', 'C_FAREWELL', 'C_HOPELESS', 'C_SH_ACT', 'C_VIOLENCE', 'C_LOCATE', 'C_EXPOSE', 'C_WARNING', 'C_THREAT_ACT', 'C_REFUSAL',
    'C_OVERRIDE', 'C_INCAPABLE', 'C_DECEIVE', 'C_ENTITLED', 'C_NC_ACT', 'C_YOUNG', 'C_GROOM', 'C_DEMEAN', 'C_BODY_REMARK', 'C_SEX', 'SEXUAL_AT',
  ],
  shortTokens: 8,
  minTokens: 40,
}

// ---------------------------------------------------------------------------------------------
const FILLER_SKIP = ['FILL', 'INSULT']

export const RULES: Rule[] = [
  {
    id: 'slur.used', category: 'slur', on: 'SLUR', unlessQuoted: true,
    unless: [{ tag: 'META', before: 5, sameSentence: true }, { tag: 'META', after: 3, sameSentence: true }, { tag: 'REPORTED', before: 6, sameSentence: true }, { tag: 'SELF_ID', before: 3, sameSentence: true }],
  },
  {
    id: 'insult.aimed', soft: true, category: 'insult', on: 'INSULT', unlessQuoted: true,
    aimedBy: { tag: 'AIM', skip: FILLER_SKIP, maxSkip: 3, maxUnknown: 1 },
    unless: [{ tag: 'NEG', before: 5, sameSentence: true }, { tag: 'REPORTED', before: 6, sameSentence: true }, { tag: 'META', after: 1 }, { tag: 'FOND', before: 2, sameSentence: true }, { tag: 'POSSESSIVE', before: 1, sameSentence: true }],
  },
  { id: 'harassment.phrase', soft: true, category: 'harassment', on: 'HARASS', unlessQuoted: true, unless: [{ tag: 'REPORTED', before: 4, sameSentence: true }] },
  {
    id: 'threat.phrase', soft: true, category: 'threat', on: 'THREAT',
    // reported threats ("my ex sent me a message saying 'I know where you live'") are the victim asking for help
    unless: [{ tag: 'NEG', before: 2, sameSentence: true }, { tag: 'JOKE', before: 12, after: 12, sameSentence: true }, { tag: 'REPORTED', before: 8, sameSentence: true }, { tag: 'NOT_VIOLENT_OBJECT', after: 1, sameSentence: true }],
  },
  { id: 'self_harm.statement', soft: true, category: 'self_harm', on: 'SELF_HARM', urgent: true, unless: [{ tag: 'NEG', before: 2, sameSentence: true }, { tag: 'SH_CONTEXT', before: 8, after: 8, sameSentence: true }] },
  { id: 'minors.explicit', soft: true, category: 'minors', on: 'MINOR_SEX', urgent: true, unless: [{ tag: 'META', before: 3, sameSentence: true }] },
  {
    id: 'minors.sexual_context', soft: true, category: 'minors', on: 'MINOR', urgent: true,
    near: { tag: 'SEXUAL', window: 12, sameSentence: false },
    unless: [{ tag: 'MINOR_SAFE', before: 20, after: 20 }],
  },
  { id: 'non_consent.approval', soft: true, category: 'non_consent', on: 'NONCONSENT', unless: [{ tag: 'NC_VICTIM', before: 25, after: 25 }] },
  { id: 'self_harm.cues', soft: true, category: 'self_harm', on: 'SH_WEAK', urgent: true, near: { tag: 'SH_WEAK', window: 14, sameSentence: false }, unless: [{ tag: 'SH_CONTEXT', before: 15, after: 15 }, { tag: 'JOKE', before: 10, after: 10 }] },
  { id: 'non_consent.cues', soft: true, category: 'non_consent', on: 'NC_WEAK', near: { tag: 'NC_WEAK', window: 10, sameSentence: false }, unless: [{ tag: 'NC_VICTIM', before: 30, after: 30 }] },
  { id: 'threat.cues', soft: true, category: 'threat', on: 'THREAT_WEAK', near: { tag: 'THREAT_WEAK', window: 10, sameSentence: false }, unless: [{ tag: 'JOKE', before: 10, after: 10 }] },
  { id: 'harassment.sexual_remark', soft: true, category: 'harassment', on: 'SEX_AT_YOU', unlessQuoted: true, unless: [{ tag: 'REPORTED', before: 6, sameSentence: true }, { tag: 'GENERIC_YOU', before: 4, sameSentence: true }] },
  { id: 'personal_info.phone', category: 'personal_info', on: 'PHONE' },
  { id: 'personal_info.email', category: 'personal_info', on: 'EMAIL' },
  { id: 'personal_info.address', category: 'personal_info', on: 'ADDRESS' },
  { id: 'personal_info.handle', category: 'personal_info', on: 'HANDLE' },
  { id: 'personal_info.contact', soft: true, category: 'personal_info', on: 'CONTACT', unlessQuoted: true, unless: [{ tag: 'NEG', before: 3, sameSentence: true }, { tag: 'HELP_SERVICE', before: 20, after: 20 }] },
  { id: 'spam.link', category: 'spam', on: 'URL', near: { tag: 'COMMERCIAL', window: 60 }, unless: [{ tag: 'HELP_SERVICE', before: 60, after: 60 }] },
  { id: 'spam.suspicious_link', category: 'spam', on: 'BAD_URL' },
  { id: 'spam.phrase', soft: true, category: 'spam', on: 'SPAM_STRONG' },
  { id: 'spam.money_offer', soft: true, category: 'spam', on: 'MONEY', near: { tag: 'SPAM', window: 25 } },
  { id: 'spam.dm_offer', category: 'spam', on: 'DM', near: { tag: 'SPAM', window: 12 } },
  { id: 'personal_info.identity', category: 'personal_info', on: 'NAME', near: { tag: 'IDENT', window: 14 } },
  { id: 'personal_info.named', category: 'personal_info', on: 'NAME', aimedBy: { tag: 'IDENT_NEAR', skip: [], maxSkip: 0, maxUnknown: 0 } },
  { id: 'harassment.sexual_mention', category: 'harassment', on: 'HANDLE_AT', near: { tag: 'SEXUAL_AT', window: 20 } },
  { id: 'insult.strong', soft: true, category: 'insult', on: 'INSULT_STRONG', unlessQuoted: true, unless: [{ tag: 'REPORTED', before: 4, sameSentence: true }] },
  {
    id: 'insult.aimed_strong', category: 'insult', on: 'INSULT', unlessQuoted: true,
    aimedBy: { tag: 'AIM_STRONG', skip: FILLER_SKIP, maxSkip: 3, maxUnknown: 1 },
  },
  { id: 'insult.aimed_after', soft: true, category: 'insult', on: 'INSULT', unlessQuoted: true, near: { tag: 'AIM_AFTER', window: 4, after: true, sameSentence: true }, unless: [{ tag: 'NEG', before: 3, sameSentence: true }] },
  { id: 'insult.vocative', category: 'insult', on: 'INSULT', unlessQuoted: true, sentenceStart: true, near: { tag: 'AIM_NEXT', window: 1, after: true } },
  { id: 'insult.alone', category: 'insult', on: 'INSULT', shortPost: 3 },
]
