import { beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { auditLog } from '../../db/schema/index.ts'
import { db } from '../../app/db.server.ts'
import { getSettings } from '../../app/settings.server.ts'
import * as adminSettings from '../../app/routes/admin.settings.tsx'
import * as modLog from '../../app/routes/mod.log.tsx'
import { call, createMember, makeRequest, type TestUser } from '../helpers/forum.ts'

let admin: TestUser

function save(form: [string, string][]) {
  const body = new URLSearchParams([['intent', 'save'], ...form])
  return call(adminSettings.action as never, new Request('http://localhost/admin/settings', { method: 'POST', body, headers: { Cookie: admin.cookie } }))
}

beforeAll(async () => {
  admin = await createMember({ role: 'admin' })
})

describe('moderation settings', () => {
  it('an admin sets the report threshold, new-member review and the crisis text; each change is logged', async () => {
    const page = await call(adminSettings.loader as never, makeRequest('/admin/settings', { user: admin }))
    const bridges = page.data.settings.bridges.map((b: { slug: string }) => ['anonymousBridge', b.slug] as [string, string])
    const crisis = 'If you are in danger right now, call 112. You can also text SHOUT to 85258, any time.'
    const saved = await save([...bridges, ['reportHideThreshold', '5'], ['newMemberReviewPosts', '0'], ['crisisResourcesText', crisis]])
    expect(saved.status).toBe(200)
    expect(saved.data.changes).toHaveLength(3)
    const settings = await getSettings()
    expect(settings).toMatchObject({ reportHideThreshold: 5, newMemberReviewPosts: 0, crisisResourcesText: crisis, guestPosting: false })
    const entries = await db.select().from(auditLog).where(eq(auditLog.action, 'setting_change'))
    expect(entries.map((e) => (e.details as { setting: string }).setting).sort()).toEqual(['crisisResourcesText', 'newMemberReviewPosts', 'reportHideThreshold'])
    // The log shows what changed, in a line, and not the raw record.
    const log = await call(modLog.loader as never, makeRequest('/mod/log', { user: admin }))
    const summaries = log.data.entries.map((e: { summary: string }) => e.summary)
    expect(summaries).toContain('reportHideThreshold: 3 → 5')
    expect(summaries).toContain('newMemberReviewPosts: 2 → 0')
    expect(log.data.entries.every((e: object) => !('details' in e))).toBe(true)
  })

  it('refuses out-of-range values with a message per field and saves nothing', async () => {
    const before = await getSettings()
    const refused = await save([['reportHideThreshold', '0'], ['newMemberReviewPosts', 'lots'], ['crisisResourcesText', 'short'], ['guestPosting', 'on']])
    expect(refused.status).toBe(400)
    expect(refused.data.errors.reportHideThreshold).toMatch(/At least 1/)
    expect(refused.data.errors.newMemberReviewPosts).toBeTruthy()
    expect(refused.data.errors.crisisResourcesText).toMatch(/20 characters/)
    expect(await getSettings()).toEqual(before)
  })
})
