export const POSTS_PER_PAGE = 50

/** The address of a post inside its thread (the right page, anchored), with an optional notice. */
export function postUrl({ threadId, seq, notice }: { threadId: number; seq: number; notice?: 'held' | 'crisis' | null }) {
  const page = Math.ceil(seq / POSTS_PER_PAGE)
  const query = new URLSearchParams({ ...(page > 1 ? { page: String(page) } : {}), ...(notice ? { notice } : {}) })
  return `/t/${threadId}${query.size ? `?${query}` : ''}#post-${seq}`
}

export function noticeFor(result: { status: string; crisisResources: string | null }) {
  return result.crisisResources ? ('crisis' as const) : result.status === 'pending' ? ('held' as const) : null
}
