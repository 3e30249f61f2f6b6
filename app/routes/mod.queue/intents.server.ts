// The queue page's one action, switching on `intent`: parse the form, call the moderation action.
import type { z } from 'zod'
import type { SessionUser } from '../../auth/session.server.ts'
import { fieldErrors } from '../../forum/schemas.ts'
import {
  approveItems,
  BulkSchema,
  dismissReports,
  editHeldPost,
  EditSchema,
  ItemActionSchema,
  lockItemThread,
  removeItem,
  RemoveSchema,
  sanctionAuthor,
  SanctionSchema,
  type ActionResult,
} from '../../moderation/actions.server.ts'

export type IntentResult =
  | (Extract<ActionResult, { ok: true }> & { itemId: number | null })
  | { ok: false; status: number; message: string; errors?: Record<string, string>; itemId: number | null }

function invalid(error: z.ZodError, itemId: number | null): IntentResult {
  const errors = fieldErrors(error)
  return { ok: false, status: 400, message: Object.values(errors)[0] ?? 'Please check the form.', errors, itemId }
}

export async function runIntent(user: SessionUser, form: FormData): Promise<IntentResult> {
  const intent = String(form.get('intent') ?? '')
  const fields = Object.fromEntries(form)
  const rawItemId = Number(form.get('itemId'))
  const itemId = Number.isInteger(rawItemId) && rawItemId > 0 ? rawItemId : null
  const withItem = (result: ActionResult): IntentResult => ({ ...result, itemId })

  switch (intent) {
    case 'approve':
    case 'dismiss':
    case 'lock': {
      const parsed = ItemActionSchema.safeParse(fields)
      if (!parsed.success) return invalid(parsed.error, itemId)
      const { itemId: id } = parsed.data
      if (intent === 'approve') return withItem(await approveItems({ actor: user, itemIds: [id] }))
      if (intent === 'dismiss') return withItem(await dismissReports({ actor: user, itemIds: [id] }))
      return withItem(await lockItemThread({ actor: user, itemId: id }))
    }
    case 'remove': {
      const parsed = RemoveSchema.safeParse(fields)
      if (!parsed.success) return invalid(parsed.error, itemId)
      return withItem(await removeItem({ actor: user, ...parsed.data }))
    }
    case 'suspend':
    case 'ban': {
      const parsed = SanctionSchema.safeParse(fields)
      if (!parsed.success) return invalid(parsed.error, itemId)
      if (intent === 'suspend' && parsed.data.days === undefined) {
        return { ok: false, status: 400, message: 'Choose 1, 7 or 30 days.', errors: { days: 'Choose 1, 7 or 30 days.' }, itemId }
      }
      const days = intent === 'suspend' ? parsed.data.days : undefined
      return withItem(await sanctionAuthor({ actor: user, itemId: parsed.data.itemId, days, reason: parsed.data.reason }))
    }
    case 'edit': {
      const parsed = EditSchema.safeParse(fields)
      if (!parsed.success) return invalid(parsed.error, itemId)
      return withItem(await editHeldPost({ actor: user, ...parsed.data }))
    }
    case 'bulk-approve':
    case 'bulk-dismiss': {
      const parsed = BulkSchema.safeParse({ itemIds: form.getAll('itemId') })
      if (!parsed.success) return invalid(parsed.error, null)
      const run = intent === 'bulk-approve' ? approveItems : dismissReports
      const result = await run({ actor: user, itemIds: parsed.data.itemIds })
      // Bulk results always read as bulk, even for one selected item.
      if (result.ok && parsed.data.itemIds.length === 1) {
        return { ...result, code: intent === 'bulk-approve' ? 'bulk_approved' : 'bulk_dismissed', itemId: null }
      }
      return { ...result, itemId: null }
    }
    default:
      return { ok: false, status: 400, message: 'Unknown action.', itemId }
  }
}

/** Redirect notices for JavaScript-off submissions: fixed texts chosen by code, never text from the URL. */
const noticeTexts: Record<string, string> = {
  approved: 'Approved: the post is visible.',
  removed: 'Removed: its author sees the reason, everyone else sees “[removed]”.',
  dismissed: 'Reports dismissed.',
  locked: 'Thread locked: nobody can reply to it now.',
  suspended: 'The author is suspended.',
  banned: 'The author is banned.',
  edited: 'Edit saved; the original is kept. The post is still awaiting your decision.',
}

export function noticeQuery(result: Extract<IntentResult, { ok: true }>) {
  const query = new URLSearchParams({ done: result.code })
  if (result.done !== undefined && result.code.startsWith('bulk_')) {
    query.set('n', String(result.done))
    query.set('skipped', String(result.skipped ?? 0))
  }
  return query
}

export function noticeFromUrl(url: URL): string | null {
  const code = url.searchParams.get('done')
  if (!code) return null
  if (code === 'bulk_approved' || code === 'bulk_dismissed') {
    const n = Number(url.searchParams.get('n')) || 0
    const skipped = Number(url.searchParams.get('skipped')) || 0
    const verb = code === 'bulk_approved' ? 'Approved' : 'Dismissed the reports of'
    return `${verb} ${n} item${n === 1 ? '' : 's'}.${skipped ? ` ${skipped} had already been resolved.` : ''}`
  }
  return noticeTexts[code] ?? null
}
