import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react'

const defaultMessages: Record<number, { title: string; text: string }> = {
  400: { title: 'That did not work', text: 'The request was not valid.' },
  403: { title: 'Not allowed', text: 'You do not have permission to do that.' },
  404: { title: 'Page not found', text: 'We could not find that page. It may have been moved, or the link is wrong.' },
  405: { title: 'Not allowed', text: 'That action is not available here.' },
  429: { title: 'Slow down', text: 'Too many requests. Please wait a moment and try again.' },
}

/** One error page for the whole site: status-specific text, never a stack trace outside development. */
export function GeneralErrorBoundary() {
  const error = useRouteError()
  let status = 500
  let title = 'Something went wrong'
  let text = 'Sorry, something broke on our side. Your post, if you were writing one, was not lost: go back and try again.'
  if (isRouteErrorResponse(error)) {
    status = error.status
    const known = defaultMessages[status]
    title = known?.title ?? title
    text = typeof error.data === 'string' && error.data ? error.data : (known?.text ?? text)
  } else if (process.env.NODE_ENV === 'development' && error instanceof Error) {
    text = error.stack ?? error.message
  }
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-page__status">{status}</p>
      <h1 id="error-title">{title}</h1>
      <p style={{ whiteSpace: 'pre-wrap' }}>{text}</p>
      <p>
        <Link to="/">Back to the bridges</Link>
      </p>
    </section>
  )
}
