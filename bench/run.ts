// `npm run bench`: every benchmark, each printed as medians and as ratios to a baseline measured
// in the same run (never absolute targets from another machine).
import { benchForum } from './forum.bench.ts'

function table(title: string, rows: { label: string; ms: number }[], baseline: Record<string, string>) {
  console.log(`\n${title}`)
  for (const row of rows) {
    const base = rows.find((r) => r.label === baseline[row.label])
    const ratio = base && base !== row ? `  ${(row.ms / base.ms).toFixed(2)}× ${base.label}` : ''
    console.log(`  ${row.label.padEnd(40)} ${row.ms.toFixed(3).padStart(9)} ms${ratio}`)
  }
}

const forum = await benchForum()
table('Pages (median of 40 calls of the route loader, embedded PGlite)', forum, {
  'bridge list, page 501 (keyset)': 'bridge list, page 1',
  'page 501 with OFFSET (naive baseline)': 'bridge list, page 1',
  'thread with 1,000 replies, page 1': 'thread with 10 replies',
  'thread with 1,000 replies, page 21': 'thread with 10 replies',
})

console.log('\nKeyword scan (npm run bench:scan):')
const { spawnSync } = await import('node:child_process')
spawnSync(process.execPath, ['--import', 'tsx', 'bench/scan.bench.ts'], { stdio: 'inherit' })
