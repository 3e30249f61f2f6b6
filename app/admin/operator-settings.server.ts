// The operator's settings: guest posting (off by default), anonymous posting per bridge (on by
// default), moderation thresholds and the crisis-resources text. Every change is written to the
// audit log in the same transaction.
import { asc, eq } from 'drizzle-orm'
import { bridges, settings } from '../../db/schema/index.ts'
import { db } from '../db.server.ts'
import { writeAudit } from '../moderation/audit.server.ts'
import { defaultSettings, getSettings, type ForumSettings } from '../settings.server.ts'

export async function getOperatorSettings() {
  const [current, bridgeRows] = await Promise.all([
    getSettings(),
    db
      .select({ slug: bridges.slug, position: bridges.position, name: bridges.name, allowAnonymous: bridges.allowAnonymous })
      .from(bridges)
      .orderBy(asc(bridges.position)),
  ])
  return { ...current, bridges: bridgeRows }
}

const settingLabels: Record<keyof ForumSettings, string> = {
  guestPosting: 'Guest posting',
  reportHideThreshold: 'Reports that hide a post',
  newMemberReviewPosts: 'New members\' posts held for review',
  crisisResourcesText: 'Crisis-resources text',
}

/** Applies the submitted settings; returns a description of each change (none when nothing changed). */
export async function saveOperatorSettings({
  actorId,
  values,
  anonymousBridgeSlugs,
}: {
  actorId: string
  values: Partial<ForumSettings>
  anonymousBridgeSlugs: ReadonlySet<string>
}) {
  return db.transaction(async (tx) => {
    const changes: string[] = []
    const storedRows = await tx.select({ key: settings.key, value: settings.value }).from(settings)
    const stored = new Map(storedRows.map((r) => [r.key, r.value]))
    for (const [key, value] of Object.entries(values) as [keyof ForumSettings, ForumSettings[keyof ForumSettings]][]) {
      const settingKey = `setting:${key}`
      const was = stored.has(settingKey) ? stored.get(settingKey) : defaultSettings[key]
      if (was === value) continue
      await tx
        .insert(settings)
        .values({ key: settingKey, value })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } })
      const action = key === 'guestPosting' ? 'setting_guest_posting' : 'setting_change'
      await writeAudit(tx, { actorId, action, details: { setting: key, from: was, to: value } })
      changes.push(
        typeof value === 'boolean'
          ? `${settingLabels[key]} turned ${value ? 'on' : 'off'}.`
          : typeof value === 'number'
            ? `${settingLabels[key]}: ${value}.`
            : `${settingLabels[key]} updated.`,
      )
    }
    const rows = await tx.select({ id: bridges.id, slug: bridges.slug, name: bridges.name, allowAnonymous: bridges.allowAnonymous }).from(bridges)
    for (const bridge of rows) {
      const allow = anonymousBridgeSlugs.has(bridge.slug)
      if (allow === bridge.allowAnonymous) continue
      await tx.update(bridges).set({ allowAnonymous: allow }).where(eq(bridges.id, bridge.id))
      await writeAudit(tx, {
        actorId,
        action: 'setting_bridge_anonymous',
        details: { bridge: bridge.slug, from: bridge.allowAnonymous, to: allow },
      })
      changes.push(`Anonymous posting turned ${allow ? 'on' : 'off'} in ${bridge.name}.`)
    }
    return changes
  })
}
