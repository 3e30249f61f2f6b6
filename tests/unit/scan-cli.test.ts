import { describe, it, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

describe('moderation:scan CLI', () => {
  it('one JSON line per input line, errors for malformed lines, nothing else on stdout', () => {
    const input = [
      JSON.stringify({ id: 'good', text: 'you are a stupid bitch' }),
      '{not json',
      JSON.stringify({ id: 'empty', text: '' }),
      JSON.stringify({ id: 'notext' }),
      JSON.stringify({ id: 'num', text: 42 }),
      JSON.stringify({ id: 'fine', text: 'We tried anal and loved it.' }),
    ].join('\n') + '\n'
    const r = spawnSync('npx', ['tsx', 'scripts/moderation-scan.ts'], { cwd: root, input, encoding: 'utf8', timeout: 60_000 })
    expect(r.status).toBe(0)
    const lines = r.stdout.split('\n').filter((l) => l.length > 0)
    expect(lines).toHaveLength(6)
    const objs = lines.map((l) => JSON.parse(l))
    expect(objs[0]).toMatchObject({ id: 'good', decision: 'review' })
    expect(objs[0].reasons[0]).toMatchObject({ category: 'insult', action: 'review' })
    expect(objs[1]).toMatchObject({ line: 2 })
    expect(typeof objs[1].error).toBe('string')
    expect(objs[2]).toEqual({ id: 'empty', decision: 'allow', reasons: [] })
    expect(objs[3]).toMatchObject({ line: 4, id: 'notext' })
    expect(objs[4]).toMatchObject({ line: 5, id: 'num' })
    expect(objs[5]).toEqual({ id: 'fine', decision: 'allow', reasons: [] })
  }, 60_000)
})
