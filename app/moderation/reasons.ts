// Report reasons and ready-made removal reasons: shared by the server and the forms in the browser.

export const REPORT_REASONS = ['harassment', 'hate', 'personal_info', 'spam', 'self_harm', 'underage', 'other'] as const
export type ReportReason = (typeof REPORT_REASONS)[number]

export const reportReasonLabels: Record<ReportReason, string> = {
  harassment: 'Harassment or bullying',
  hate: 'Hate against a group',
  personal_info: 'Shares personal information',
  spam: 'Spam or advertising',
  self_harm: 'Someone may be at risk of self-harm',
  underage: 'Involves someone under 18',
  other: 'Something else (please explain)',
}

/** Reports that put the item at the top of the queue: someone may be in danger. */
export const URGENT_REPORT_REASONS: readonly ReportReason[] = ['self_harm', 'underage']

export const REMOVAL_REASONS = {
  harassment: 'Harassment or a personal attack',
  hate: 'Hateful content',
  personal_info: 'It shares someone’s personal information',
  spam: 'Spam or advertising',
  minors: 'Sexual content involving minors',
  guidelines: 'It breaks the community guidelines',
} as const
export type RemovalPreset = keyof typeof REMOVAL_REASONS

export const SUSPENSION_DAYS = [1, 7, 30] as const

export const auditActionLabels: Record<string, string> = {
  approve: 'Approved',
  remove: 'Removed',
  dismiss: 'Dismissed reports',
  lock: 'Locked thread',
  suspend: 'Suspended author',
  ban: 'Banned author',
  edit: 'Edited held post',
  undo_removal: 'Undid removal',
  assign_bridges: 'Assigned bridges',
  set_role: 'Changed role',
  reveal_author: 'Revealed an anonymous author',
  watched_word_add: 'Added a watched word',
  watched_word_remove: 'Removed a watched word',
  setting_guest_posting: 'Changed guest posting',
  setting_change: 'Changed a setting',
  setting_bridge_anonymous: 'Changed anonymous posting in a bridge',
}
