// The operator's switches for anonymity: guest posting (off by default) and anonymous posting per
// bridge (on by default). Every change is written to the audit log in the same transaction.
import { asc, eq } from 'drizzle-orm'
import { bridges, settings } from '../../db/schema/index.ts'
import { db } from '../db.server.ts'
import { writeAudit } from '../moderation/audit.server.ts'
import { defaultSettings, getSettings } from '../settings.server.ts'

export async function getOperatorSettings() {
  const [current, bridgeRows] = await Promise.all([
    getSettings(),
    db
      .select({ slug: bridges.slug, position: bridges.position, name: bridges.name, allowAnonymous: bridges.allowAnonymous })
      .from(bridges)
      .orderBy(asc(bridges.position)),
  ])
  return { guestPosting: current.guestPosting, bridges: bridgeRows }
}

/** Applies the submitted switches; returns a description of each change (none when nothing changed). */
export async function saveOperatorSettings({
  actorId,
  guestPosting,
  anonymousBridgeSlugs,
}: {
  actorId: string
  guestPosting: boolean
  anonymousBridgeSlugs: ReadonlySet<string>
}) {
  return db.transaction(async (tx) => {
    const changes: string[] = []
    const [stored] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, 'setting:guestPosting'))
    const wasGuestPosting = stored ? stored.value === true : defaultSettings.guestPosting
    if (wasGuestPosting !== guestPosting) {
      await tx
        .insert(settings)
        .values({ key: 'setting:guestPosting', value: guestPosting })
        .onConflictDoUpdate({ target: settings.key, set: { value: guestPosting, updatedAt: new Date() } })
      await writeAudit(tx, { actorId, action: 'setting_guest_posting', details: { from: wasGuestPosting, to: guestPosting } })
      changes.push(`Guest posting turned ${guestPosting ? 'on' : 'off'}.`)
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
