import { cursorOf, listThreads, parseCursor } from './browse.server.ts'
import { invariantResponse } from '../utils/misc.ts'

/** Reads ?older= / ?newer= and returns a page of threads with the cursors of the pager links. */
export async function loadThreadListPage(
  request: Request,
  where: { bridgeId: number } | { articleId: number },
) {
  const url = new URL(request.url)
  const older = parseCursor(url.searchParams.get('older'))
  const newer = parseCursor(url.searchParams.get('newer'))
  invariantResponse(older !== 'invalid' && newer !== 'invalid', 'That page link is not valid.', { status: 400 })
  const page = await listThreads({ where, older, newer, pinnedFirst: 'bridgeId' in where })
  const first = page.threads[0]
  const last = page.threads[page.threads.length - 1]
  return {
    pinned: page.pinned,
    threads: page.threads,
    newerCursor: page.hasNewer && first ? cursorOf(first) : null,
    olderCursor: page.hasOlder && last ? cursorOf(last) : null,
  }
}
