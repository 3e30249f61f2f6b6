import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Links, Meta, NavLink, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from './components/error-boundary.tsx'
import { getUser } from './auth/session.server.ts'
import { countOpenQueueItems } from './moderation/queue-count.server.ts'
import { isModerator } from './auth/permissions.server.ts'
import stylesheetUrl from './styles.css'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: stylesheetUrl }]

export const meta: MetaFunction = () => [
  { title: 'Bridges Forum' },
  { name: 'description', content: 'Talk about sex, intimacy and relationships — under your name or anonymously.' },
]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request)
  return {
    user: user ? { username: user.username, role: user.role } : null,
    openQueueItems: user && isModerator(user) ? await countOpenQueueItems(user) : null,
  }
}

function SiteHeader() {
  const data = useRouteLoaderData<typeof loader>('root')
  const user = data?.user
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header__inner">
        <a className="site-title" href="/">
          Bridges Forum
        </a>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <NavLink to="/" end>
                Bridges
              </NavLink>
            </li>
            <li>
              <NavLink to="/articles">Articles</NavLink>
            </li>
            <li>
              <NavLink to="/new">New thread</NavLink>
            </li>
            {data?.openQueueItems !== null && data?.openQueueItems !== undefined ? (
              <>
                <li>
                  <NavLink to="/mod/queue">
                    Queue <span className="badge" aria-label={`${data.openQueueItems} open items`}>{data.openQueueItems}</span>
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/mod/words">Words</NavLink>
                </li>
              </>
            ) : null}
            {user?.role === 'admin' ? (
              <>
                <li>
                  <NavLink to="/mod/log">Mod log</NavLink>
                </li>
                <li>
                  <NavLink to="/admin/moderators">Moderators</NavLink>
                </li>
                <li>
                  <NavLink to="/admin/settings">Settings</NavLink>
                </li>
              </>
            ) : null}
            {user ? (
              <>
                <li>
                  <NavLink to={`/u/${user.username}`}>{user.username}</NavLink>
                </li>
                <li>
                  <Form method="post" action="/logout">
                    <button type="submit" className="link-button">
                      Log out
                    </button>
                  </Form>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to="/login">Log in</NavLink>
                </li>
                <li>
                  <NavLink to="/signup">Sign up</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  )
}

export function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <Meta />
        <Links />
      </head>
      <body>
        <SiteHeader />
        <main id="main" className="container">
          {children}
        </main>
        <footer className="site-footer container">
          <p>Bridges Forum — be kind, keep it consensual, and keep other people's details private.</p>
        </footer>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
