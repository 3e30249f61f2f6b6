// Browser-test support: Debian's Chromium driven by playwright-core (never a downloaded browser).
import { describe, inject } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { chromiumPath, e2eUsers, type E2eUser } from './accounts.ts'

export { e2eUsers }

export function baseUrl(): string {
  const url = inject('baseUrl')
  if (!url) throw new Error('The browser-test server is not running')
  return url
}

/** A describe block that is skipped (with the reason printed once by the global setup) without Chromium. */
export const describeBrowser = describe.skipIf(!inject('baseUrl'))

export function openBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** A page in a fresh context (its own cookies), logged in as `user` through the login form. */
export async function newPage(
  browser: Browser,
  { user, javaScript = true, colorScheme = 'light' }: { user?: E2eUser; javaScript?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: javaScript, colorScheme })
  const page = await context.newPage()
  if (user) await logIn(page, user)
  return page
}

export async function logIn(page: Page, user: { username: string; password: string }) {
  await page.goto('/login')
  await page.getByLabel('Username').fill(user.username)
  await page.getByLabel('Password').fill(user.password)
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/login')), page.getByRole('button', { name: 'Log in' }).click()])
}
