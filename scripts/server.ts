// The HTTP server: static files, the same-origin check, security headers, and Remix.
import path from 'node:path'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import express from 'express'
import { isCrossSiteRequest } from '../app/utils/origin.server.ts'

export function createApp(build: ServerBuild) {
  const app = express()
  app.disable('x-powered-by')
  // Behind a load balancer, trust its X-Forwarded-* headers only when told to.
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY)
  app.use((req, res, next) => {
    res.set({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      // Thread addresses are not sent to other sites when a member follows a link out.
      'Referrer-Policy': 'same-origin',
      // Pages differ per viewer (held posts, own posts): no shared cache may keep them. Static
      // files below set their own caching.
      'Cache-Control': 'private, no-cache',
    })
    if (isCrossSiteRequest({ method: req.method, origin: req.get('origin'), referer: req.get('referer'), host: req.get('host') })) {
      res.status(403).type('text/plain').send('Cross-site requests are not allowed.')
      return
    }
    next()
  })
  app.use('/build', express.static(path.join(process.cwd(), 'public/build'), { immutable: true, maxAge: '1y' }))
  app.use(express.static(path.join(process.cwd(), 'public'), { maxAge: '1h' }))
  app.all(
    '*',
    createRequestHandler({
      build,
      mode: process.env.NODE_ENV,
      // The client address, for keyed-hash rate limits of guest posts (never stored raw). Behind a
      // proxy it is right only with TRUST_PROXY set.
      getLoadContext: (req) => ({ clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown' }),
    }),
  )
  return app
}
