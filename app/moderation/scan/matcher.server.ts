/**
 * Aho–Corasick automaton over token ids. All terms and phrases (built-in rules and watched
 * words) are compiled into one automaton; a scan makes one pass over the token stream, so its
 * cost is linear in the text whatever the number of patterns (plus the number of matches).
 */
export class TokenAutomaton {
  /** transitions: key node * vocabSize + tokenId -> node */
  private readonly goto = new Map<number, number>()
  private fail: Int32Array = new Int32Array(1)
  /** patterns ending at each node (own + through dictionary suffix links) */
  private out: number[][] = [[]]
  private depth: number[] = [0]
  private nodes = 1
  private built = false
  readonly patternLength: number[] = []
  /** transitions as an open-addressing table (built from `goto`): state, symbol -> node */
  private tState: Int32Array = new Int32Array(0)
  private tSym: Int32Array = new Int32Array(0)
  private tNext: Int32Array = new Int32Array(0)
  private tMask = 0
  /** has any pattern of length > 1: only then do we need the transitions out of non-root states */
  private outLen: Int32Array = new Int32Array(0)
  /** transitions out of the root, indexed by symbol (most lookups) */
  private root: Int32Array = new Int32Array(0)

  constructor(private readonly vocabSize: number) {}

  /** add a pattern (sequence of token ids); returns its index */
  add(ids: number[]): number {
    if (this.built) throw new Error('automaton already built')
    let node = 0
    for (const id of ids) {
      const key = node * this.vocabSize + id
      let nx = this.goto.get(key)
      if (nx === undefined) {
        nx = this.nodes++
        this.goto.set(key, nx)
        this.out.push([])
        this.depth.push(this.depth[node] + 1)
      }
      node = nx
    }
    const idx = this.patternLength.length
    this.patternLength.push(ids.length)
    this.out[node].push(idx)
    return idx
  }

  build(): void {
    const fail = new Int32Array(this.nodes)
    // children lists for BFS
    const children: Array<Array<[number, number]>> = Array.from({ length: this.nodes }, () => [])
    for (const [key, child] of this.goto) {
      const parent = Math.floor(key / this.vocabSize)
      children[parent].push([key - parent * this.vocabSize, child])
    }
    const queue: number[] = []
    for (const [, child] of children[0]) {
      fail[child] = 0
      queue.push(child)
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi]
      for (const [sym, child] of children[node]) {
        let f = fail[node]
        while (f !== 0 && !this.goto.has(f * this.vocabSize + sym)) f = fail[f]
        const g = this.goto.get(f * this.vocabSize + sym)
        fail[child] = g !== undefined && g !== child ? g : 0
        if (this.out[fail[child]].length) this.out[child] = this.out[child].concat(this.out[fail[child]])
        queue.push(child)
      }
    }
    this.fail = fail
    let size = 16
    while (size < this.goto.size * 2) size <<= 1
    this.tState = new Int32Array(size).fill(-1)
    this.tSym = new Int32Array(size)
    this.tNext = new Int32Array(size)
    this.tMask = size - 1
    for (const [key, child] of this.goto) {
      const st = Math.floor(key / this.vocabSize)
      const sym = key - st * this.vocabSize
      let i = slot(st, sym) & this.tMask
      while (this.tState[i] !== -1) i = (i + 1) & this.tMask
      this.tState[i] = st
      this.tSym[i] = sym
      this.tNext[i] = child
    }
    this.outLen = Int32Array.from(this.out, (o) => o.length)
    this.root = new Int32Array(this.vocabSize).fill(-1)
    for (const [key, child] of this.goto) if (key < this.vocabSize) this.root[key] = child
    this.built = true
  }

  private next(state: number, sym: number): number {
    if (state === 0) return this.root[sym]
    const m = this.tMask
    let i = slot(state, sym) & m
    for (;;) {
      const st = this.tState[i]
      if (st === -1) return -1
      if (st === state && this.tSym[i] === sym) return this.tNext[i]
      i = (i + 1) & m
    }
  }

  /**
   * Run over a stream of token ids (-1 = token not in the vocabulary).
   * onMatch(patternIndex, endTokenInclusive) is called for every occurrence.
   */
  run(ids: Int32Array, count: number, onMatch: (pattern: number, endToken: number) => void, stats?: { steps: number }): void {
    const fail = this.fail
    const out = this.out
    const outLen = this.outLen
    let state = 0
    let steps = 0
    for (let i = 0; i < count; i++) {
      const id = ids[i]
      steps++
      if (id < 0) { state = 0; continue }
      for (;;) {
        const nx = this.next(state, id)
        if (nx >= 0) { state = nx; break }
        if (state === 0) break
        state = fail[state]
        steps++
      }
      if (outLen[state]) {
        const o = out[state]
        for (let k = 0; k < o.length; k++) { onMatch(o[k], i); steps++ }
      }
    }
    if (stats) stats.steps += steps
  }
}

const slot = (state: number, sym: number) => {
  let h = Math.imul(state, 0x9e3779b1) ^ Math.imul(sym, 0x85ebca6b)
  h ^= h >>> 15
  return h
}
