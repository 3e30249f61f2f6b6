import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, describeBrowser, newPage, openBrowser } from './support.ts'

const seedArticleTitle = 'Uncoupling Sex from Intimacy: Why Separating the Two Can Lead to Deeper Connections'

describeBrowser('a new member in a real browser', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await openBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function signUp(page: Page, username: string) {
    await page.goto('/signup')
    await page.getByLabel('Username').fill(username)
    await page.getByLabel('Password').fill('a-perfectly-fine-passphrase')
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.getByRole('button', { name: 'Sign up' }).click()])
    await page.getByRole('link', { name: username }).waitFor()
  }

  for (const javaScript of [true, false]) {
    it(`signs up, starts a thread about the seed article, replies, logs out, and reads both as a guest (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const page = await newPage(browser, { javaScript })
      const username = `reader_${crypto.randomBytes(3).toString('hex')}`
      await signUp(page, username)

      await page.goto('/articles')
      await page.getByRole('link', { name: seedArticleTitle }).click()
      await page.getByRole('link', { name: 'Start a discussion about this article' }).click()
      expect(await page.getByLabel('Bridge').inputValue()).toBe('intimacy')
      const title = `Does sex need to mean something? (${javaScript ? 'js' : 'no-js'})`
      await page.getByLabel('Title').fill(title)
      await page.getByLabel('Your post').fill('The article made me think about **expectations** before intimacy.')
      await Promise.all([page.waitForURL(/\/t\/\d+/), page.getByRole('button', { name: 'Post thread' }).click()])
      await page.getByRole('heading', { name: title }).waitFor()
      const threadUrl = new URL(page.url()).pathname

      await page.getByLabel('Your reply').fill('Replying to my own thread with a follow-up thought.')
      await Promise.all([page.waitForURL(/#post-2$/), page.getByRole('button', { name: 'Post reply' }).click()])
      await page.getByText('Replying to my own thread with a follow-up thought.').waitFor()

      await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.getByRole('button', { name: 'Log out' }).click()])
      await page.getByRole('link', { name: 'Log in' }).waitFor()

      await page.goto(threadUrl)
      await page.getByRole('heading', { name: title }).waitFor()
      const posts = page.getByRole('article')
      expect(await posts.count()).toBe(2)
      expect(await posts.nth(0).innerText()).toContain('expectations')
      expect(await posts.nth(1).innerText()).toContain('follow-up thought')
      expect(await posts.nth(0).getByRole('link', { name: username }).count()).toBe(1)
      expect(await page.getByText('Log in').first().isVisible()).toBe(true)
      await page.context().close()
    })
  }

  it('shows form errors next to the fields and keeps the text (JavaScript off)', async () => {
    const page = await newPage(browser, { javaScript: false })
    await signUp(page, `writer_${crypto.randomBytes(3).toString('hex')}`)
    await page.goto('/new?bridge=intimacy')
    await page.getByLabel('Title').fill('Hey')
    await page.getByLabel('Your post').fill('Words I do not want to lose.')
    // Bypass the browser's own minlength check to reach the server's validation.
    await page.evaluate(() => document.querySelectorAll('[minlength]').forEach((el) => el.removeAttribute('minlength'))).catch(() => {})
    await page.locator('form.stack').evaluate((form: HTMLFormElement) => (form.noValidate = true)).catch(() => {})
    await page.getByRole('button', { name: 'Post thread' }).click()
    await page.getByText('The title needs at least 5 characters.').waitFor()
    expect(await page.getByLabel('Your post').inputValue()).toBe('Words I do not want to lose.')
    await page.context().close()
  })

  it('answers made-up addresses with the friendly 404 page inside the layout', async () => {
    const page = await newPage(browser)
    const response = await page.goto('/t/987654')
    expect(response?.status()).toBe(404)
    await page.getByRole('heading', { name: 'Page not found' }).waitFor()
    expect(await page.getByRole('link', { name: 'Bridges Forum' }).count()).toBe(1)
    await page.context().close()
  })

  it('refuses a cross-site form post with 403', async () => {
    const response = await fetch(`${baseUrl()}/login`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'username=e2e_member&password=e2e-member-password',
      redirect: 'manual',
    })
    expect(response.status).toBe(403)
  })

  it('takes the README screenshots of the home and a thread page, light and dark', async () => {
    // UPDATE_SCREENSHOTS=1 writes them into docs/ for the README; otherwise they go to a temp folder.
    const folder = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : fs.mkdtempSync(path.join(os.tmpdir(), 'bridges-shots-'))
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await newPage(browser, { colorScheme })
      await page.setViewportSize({ width: 900, height: 1000 })
      await page.goto('/')
      await page.getByRole('heading', { name: 'The 7 Bridges' }).waitFor()
      await page.screenshot({ path: path.join(folder, `home-${colorScheme}.png`) })
      await page.goto('/b/intimacy')
      await Promise.all([
        page.waitForURL(/\/t\/\d+$/),
        page.getByRole('link', { name: 'Can sex be casual and still feel good afterwards?' }).click(),
      ])
      await page.getByRole('heading', { level: 1, name: 'Can sex be casual and still feel good afterwards?' }).waitFor()
      await page.screenshot({ path: path.join(folder, `thread-${colorScheme}.png`) })
      await page.context().close()
    }
    for (const name of ['home-light', 'home-dark', 'thread-light', 'thread-dark']) expect(fs.statSync(path.join(folder, `${name}.png`)).size).toBeGreaterThan(10_000)
  })
})
