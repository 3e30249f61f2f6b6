import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '../components/error-boundary.tsx'
import { KeysetPager, ThreadList } from '../components/thread-list.tsx'
import { getArticleBySlug } from '../forum/browse.server.ts'
import { loadThreadListPage } from '../forum/thread-list-page.server.ts'
import { formatDate, invariantResponse } from '../utils/misc.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.article.title} — discussion — Bridges Forum` : 'Not found — Bridges Forum' },
  { name: 'description', content: data?.article.summary ?? '' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const article = await getArticleBySlug(params.articleSlug ?? '')
  invariantResponse(article, 'There is no article at this address.', { status: 404 })
  const { id: articleId, bridgeId: _bridgeId, ...shown } = article
  return { article: shown, ...(await loadThreadListPage(request, { articleId })) }
}

export default function ArticlePage() {
  const { article, threads, newerCursor, olderCursor } = useLoaderData<typeof loader>()
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/articles">Articles</Link> › <Link to={`/b/${article.bridgeSlug}`}>{article.bridgeName}</Link>
      </p>
      <article className="card">
        <h1>{article.title}</h1>
        <p className="meta">
          By {article.author} · published {formatDate(article.publishedAt)}
        </p>
        <p>{article.summary}</p>
        <p>
          <a href={article.url} rel="noopener">
            Read the original article on the blog
          </a>
        </p>
      </article>
      <h2>Discussions about this article</h2>
      <p>
        <Link className="button" to={`/new?bridge=${article.bridgeSlug}&article=${article.slug}`}>
          Start a discussion about this article
        </Link>
      </p>
      {threads.length ? <ThreadList threads={threads} showArticle={false} /> : <p className="muted">No discussions yet.</p>}
      <KeysetPager newer={newerCursor} older={olderCursor} />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
