// Every route of the app, read from the Remix route table (so tests that walk all routes need no
// change when a page is added), with its URL pattern and its module.
import path from 'node:path'
import { pathToFileURL } from 'node:url'

type RouteEntry = { path?: string; parentId?: string; file: string }

function routePathOf(routes: Record<string, RouteEntry>, id: string): string {
  const route = routes[id]
  const own = route.path ?? ''
  const parent = route.parentId ? routePathOf(routes, route.parentId) : ''
  return [parent, own].filter(Boolean).join('/')
}

export type RouteModule = {
  loader?: (args: never) => unknown
  action?: (args: never) => unknown
  meta?: (args: never) => unknown
}

export async function routeModules(): Promise<{ id: string; pattern: string; file: string; module: RouteModule }[]> {
  const { readConfig } = await import('@remix-run/dev/dist/config.js')
  const config = await readConfig(process.cwd())
  const routes = config.routes as Record<string, RouteEntry>
  const result = []
  for (const [id, route] of Object.entries(routes)) {
    const file = path.join(config.appDirectory, route.file)
    const module = (await import(pathToFileURL(file).href)) as RouteModule
    result.push({ id, pattern: routePathOf(routes, id), file, module })
  }
  return result
}

/** The names of a route pattern's parameters (`*` for a splat). */
export function paramNames(pattern: string) {
  return [...pattern.matchAll(/:(\w+)\??|\*/g)].map((m) => m[1] ?? '*')
}

/** Every combination of parameter values, with the URL it makes. */
export function expandPattern(pattern: string, values: Record<string, string[]>): { url: string; params: Record<string, string> }[] {
  let combos: Record<string, string>[] = [{}]
  for (const name of paramNames(pattern)) combos = combos.flatMap((c) => values[name].map((v) => ({ ...c, [name]: v })))
  return combos.map((params) => ({
    params,
    url: '/' + pattern.replace(/:(\w+)\??/g, (_, n) => encodeURIComponent(params[n])).replace('*', params['*'] ?? ''),
  }))
}
