import { Link } from '@remix-run/react'

/** "Previous" / "Page N of M" / "Next" links of a list paginated by page number. */
export function NumberedPager({ page, pageCount, label }: { page: number; pageCount: number; label: string }) {
  if (pageCount <= 1) return null
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 ? <Link to={`?page=${page - 1}`}>← Previous page</Link> : <span />}
      <span className="muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? <Link to={`?page=${page + 1}`}>Next page →</Link> : <span />}
    </nav>
  )
}
