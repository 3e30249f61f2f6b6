import type { MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { listArticles, listBridges } from '../forum/browse.server.ts'
import { formatDate } from '../utils/misc.ts'

export const meta: MetaFunction = () => [{ title: 'Bridges Forum — talk about sex, intimacy and relationships' }]

export async function loader() {
  const [bridges, articles] = await Promise.all([listBridges(), listArticles({ limit: 5 })])
  return { bridges, articles }
}

export default function Home() {
  const { bridges, articles } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>The 7 Bridges</h1>
      <p className="muted">Talk openly — under your name or anonymously — about sex, intimacy and relationships.</p>
      <ol className="card-list" aria-label="Bridges">
        {bridges.map((bridge) => (
          <li key={bridge.slug} className="card">
            <h2>
              <Link to={`/b/${bridge.slug}`}>
                Bridge {bridge.position}: {bridge.name}
              </Link>
            </h2>
            <p>{bridge.description}</p>
            <p className="meta">
              {bridge.threadCount} {bridge.threadCount === 1 ? 'thread' : 'threads'}
              {bridge.lastActivityAt ? <> · latest activity {formatDate(bridge.lastActivityAt)}</> : null}
            </p>
          </li>
        ))}
      </ol>
      <h2>Newest articles</h2>
      <ul className="card-list">
        {articles.map((article) => (
          <li key={article.slug} className="card">
            <h3>
              <Link to={`/articles/${article.slug}`}>{article.title}</Link>
            </h3>
            <p className="meta">
              {article.author} · {formatDate(article.publishedAt)} · {article.bridgeName}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/articles">All articles</Link>
      </p>
    </>
  )
}
