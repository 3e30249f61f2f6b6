// Small helpers shared by server and browser code.

const DEFAULT_REDIRECT = '/'

/** Only ever redirect to a path on this site (no protocol-relative or absolute URLs). */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, defaultRedirect = DEFAULT_REDIRECT) {
  if (!to || typeof to !== 'string') return defaultRedirect
  // eslint-disable-next-line no-control-regex -- control characters in a path are an attack, not a typo
  if (!to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\') || /[\u0000-\u001f]/.test(to)) {
    return defaultRedirect
  }
  return to
}

/** Throws a Response (rendered by the error boundary) when the condition is false. */
export function invariantResponse(
  condition: unknown,
  message: string,
  init: ResponseInit = { status: 400 },
): asserts condition {
  if (!condition) {
    throw new Response(message, { ...init, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...init.headers } })
  }
}

export function formatDate(date: string | Date) {
  return new Date(date).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
}

export function formatDateTime(date: string | Date) {
  return new Date(date).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }) + ' UTC'
}

/** A database id from a form field or URL: digits only and within the integer range, else null. */
export function parseId(value: FormDataEntryValue | string | null | undefined): number | null {
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return null
  const id = Number(value)
  return id > 0 ? id : null
}
