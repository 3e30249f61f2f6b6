import { GeneralErrorBoundary } from '../components/error-boundary.tsx'

// Every unknown address gets the friendly 404 page inside the site's layout.
export async function loader() {
  throw new Response('We could not find that page. It may have been moved, or the link is wrong.', { status: 404 })
}

export async function action() {
  throw new Response('We could not find that page.', { status: 404 })
}

export default function NotFound() {
  return <GeneralErrorBoundary />
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
