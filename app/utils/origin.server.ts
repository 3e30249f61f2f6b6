/**
 * True for a state-changing request sent from another site: its Origin (or, failing that, its
 * Referer) names a different host than the one it was sent to. Such requests get a 403.
 */
export function isCrossSiteRequest({ method, origin, referer, host }: { method: string; origin?: string; referer?: string; host?: string }) {
  if (['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase())) return false
  const source = origin && origin !== 'null' ? origin : referer
  if (origin === 'null') return true
  // Requests without Origin and Referer come from non-browser clients, which carry no ambient cookies of a victim.
  if (!source) return false
  try {
    return new URL(source).host !== host
  } catch {
    return true
  }
}
