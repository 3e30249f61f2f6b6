import { describe, expect, it } from 'vitest'
import { safeRedirect } from '../../app/utils/misc.ts'
import { isCrossSiteRequest } from '../../app/utils/origin.server.ts'
import { renderMarkdown } from '../../app/forum/markdown.server.ts'
import { passwordProblem } from '../../app/auth/accounts.server.ts'
import { parseCursor, formatCursor } from '../../app/forum/browse.server.ts'

describe('safeRedirect only ever returns a path on this site', () => {
  it.each([
    ['/t/12?page=2', '/t/12?page=2'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/ok\u0000', '/'],
    ['', '/'],
    [null, '/'],
  ])('%s → %s', (input, expected) => {
    expect(safeRedirect(input)).toBe(expected)
  })
})

describe('the same-origin check', () => {
  const host = 'forum.example'
  it('lets reads and same-site posts through', () => {
    expect(isCrossSiteRequest({ method: 'GET', origin: 'https://evil.example', host })).toBe(false)
    expect(isCrossSiteRequest({ method: 'POST', origin: 'https://forum.example', host })).toBe(false)
    expect(isCrossSiteRequest({ method: 'POST', referer: 'https://forum.example/t/1', host })).toBe(false)
  })
  it('refuses posts from another site, an opaque origin or a broken header', () => {
    expect(isCrossSiteRequest({ method: 'POST', origin: 'https://evil.example', host })).toBe(true)
    expect(isCrossSiteRequest({ method: 'DELETE', referer: 'https://evil.example/x', host })).toBe(true)
    expect(isCrossSiteRequest({ method: 'POST', origin: 'null', host })).toBe(true)
    expect(isCrossSiteRequest({ method: 'POST', origin: 'not a url', host })).toBe(true)
  })
})

describe('Markdown rendering', () => {
  it('renders formatting, escapes raw HTML and marks links nofollow ugc noopener', () => {
    const html = renderMarkdown('**bold** <b onclick="x()">raw</b> [a](https://example.org) [b](javascript:alert(1)) <https://example.com/x>')
    expect(html).toContain('<strong>bold</strong>')
    expect(html).toContain('&lt;b onclick="x()"&gt;raw&lt;/b&gt;')
    expect(html).toContain('<a href="https://example.org" rel="nofollow ugc noopener">a</a>')
    expect(html).not.toContain('href="javascript')
    expect(html).toContain('<a href="https://example.com/x" rel="nofollow ugc noopener">')
  })
  it('keeps headings inside a post below the page headings', () => {
    expect(renderMarkdown('# Big')).toBe('<h4>Big</h4>\n')
  })
})

describe('passwords', () => {
  it('need 10 characters and must not be a common password', () => {
    expect(passwordProblem('short')).toMatch(/10 characters/)
    expect(passwordProblem('password123')).toMatch(/common/)
    expect(passwordProblem('QWERTYUIOP')).toMatch(/common/)
    expect(passwordProblem('correct horse battery')).toBeNull()
  })
})

describe('list cursors', () => {
  it('round-trip a position and reject anything else', () => {
    const cursor = { at: new Date('2025-06-01T10:00:00.123Z'), id: 42 }
    expect(parseCursor(formatCursor(cursor))).toEqual(cursor)
    expect(parseCursor(null)).toBeNull()
    for (const bad of ['', 'abc', '1.2.3', '12', "1' or 1=1", '9'.repeat(40) + '.1']) expect(parseCursor(bad)).toBe('invalid')
  })
})
