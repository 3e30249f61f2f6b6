import type { MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { listArticles } from '../forum/browse.server.ts'
import { formatDate } from '../utils/misc.ts'

export const meta: MetaFunction = () => [{ title: 'Articles — Bridges Forum' }]

export async function loader() {
  return { articles: await listArticles() }
}

export default function ArticlesPage() {
  const { articles } = useLoaderData<typeof loader>()
  return (
    <>
      <h1>Articles</h1>
      <p className="muted">Every article on the blog is a place to talk about it.</p>
      <ul className="card-list">
        {articles.map((article) => (
          <li key={article.slug} className="card">
            <h2>
              <Link to={`/articles/${article.slug}`}>{article.title}</Link>
            </h2>
            <p className="meta">
              {article.author} · {formatDate(article.publishedAt)} ·{' '}
              <Link to={`/b/${article.bridgeSlug}`}>{article.bridgeName}</Link>
            </p>
            <p>{article.summary}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
