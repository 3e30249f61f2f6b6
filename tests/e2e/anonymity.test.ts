// Anonymous posting in a real browser against the production server: a member posts anonymously;
// another member and a guest see only the pseudonym, in the HTML and in the data requests.
import crypto from 'node:crypto'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { describeBrowser, e2eUsers, newPage, openBrowser } from './support.ts'

const suffix = crypto.randomBytes(3).toString('hex')
const title = `How do we talk about what we want in bed? (${suffix})`
const openTitle = `Small steps that helped us (${suffix})`
const author = e2eUsers.member.username

describeBrowser('anonymous posting in a real browser', () => {
  let browser: Browser
  let threadPath = ''
  let pseudonym = ''

  beforeAll(async () => {
    browser = await openBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** Everything a page sent to this browser: the HTML (with Remix's hydration data) and the page's data request. */
  async function everythingSent(page: Page, path: string) {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    const html = await page.content()
    const dataResponse = await page.request.get(`${path.split('?')[0]}.data`)
    expect(dataResponse.status()).toBe(200)
    return `${html}\n${await dataResponse.text()}`
  }

  function expectNoAuthor(text: string) {
    expect(text).not.toMatch(new RegExp(`(^|[^a-z0-9_])${author}($|[^a-z0-9_])`, 'i'))
    expect(text).not.toContain(`/u/${author}`)
    expect(text).not.toContain('authorId')
  }

  it('a member posts a thread anonymously (and, elsewhere, one under their name)', async () => {
    const page = await newPage(browser, { user: e2eUsers.member })
    await page.goto('/new?bridge=bridge-1')
    await page.getByLabel('Title').fill(openTitle)
    await page.getByLabel('Your post').fill('Small steps helped us: we started with a weekly check-in over coffee.')
    await Promise.all([page.waitForURL(/\/t\/\d+/), page.getByRole('button', { name: 'Post thread' }).click()])
    await page.getByRole('link', { name: author }).first().waitFor()

    await page.goto('/new?bridge=intimacy')
    await page.getByLabel('Title').fill(title)
    await page.getByLabel('Your post').fill('I never know how to start this conversation with my partner of six years.')
    await page.getByLabel(/Post anonymously/).check()
    await Promise.all([page.waitForURL(/\/t\/\d+/), page.getByRole('button', { name: 'Post thread' }).click()])
    await page.getByRole('heading', { name: title }).waitFor()
    threadPath = new URL(page.url()).pathname
    const post = page.getByRole('article').first()
    pseudonym = (await post.locator('.post__author').innerText()).trim()
    expect(pseudonym).toMatch(/^Anonymous [A-Z][a-z]+ [A-Z][a-z]+/)
    expect(await post.getByText('OP', { exact: true }).count()).toBe(1)
    // The author can still edit their own anonymous post.
    expect(await post.getByRole('link', { name: 'Edit' }).count()).toBe(1)
    await page.context().close()
  })

  for (const viewer of [
    { label: 'another member (JavaScript on)', user: e2eUsers.friend, javaScript: true },
    { label: 'a guest (JavaScript off)', user: undefined, javaScript: false },
  ]) {
    it(`${viewer.label} sees only the pseudonym`, async () => {
      expect(threadPath).not.toBe('')
      const page = await newPage(browser, { user: viewer.user, javaScript: viewer.javaScript })

      const thread = await everythingSent(page, threadPath)
      expect(thread.split(pseudonym).length).toBeGreaterThan(2) // in the HTML and in the data request
      const post = page.getByRole('article').first()
      expect((await post.locator('.post__author').innerText()).trim()).toBe(pseudonym)
      expect(await post.getByRole('link').filter({ hasText: pseudonym }).count()).toBe(0)
      expect(await post.getByRole('link', { name: 'Edit' }).count()).toBe(0)
      expect(await page.title()).toBe(`${title} — Bridges Forum`)
      expectNoAuthor(thread)

      // The thread list says who posted last by pseudonym. (Other browser tests post in this bridge
      // under the same account by name, so only this thread's entry is checked.)
      const list = await everythingSent(page, '/b/intimacy')
      const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) })
      expect(await card.innerText()).toContain(`by ${pseudonym}`)
      expectNoAuthor(await card.innerHTML())
      expect(list).not.toContain('authorId')

      // The author's profile lists their named thread, never the anonymous one.
      const profile = await everythingSent(page, `/u/${author}`)
      expect(profile).toContain(openTitle)
      expect(profile).not.toContain(title)
      expect(profile).not.toContain(pseudonym)

      // The error pages do not help either.
      const missing = await page.goto(`${threadPath}999`)
      expect(missing?.status()).toBe(404)
      expectNoAuthor(await page.content())
      await page.context().close()
    })
  }

  it('when the operator allows it, a guest replies anonymously and sees their reply held for review', async () => {
    const admin = await newPage(browser, { user: e2eUsers.admin, javaScript: false })
    const setGuestPosting = async (on: boolean) => {
      await admin.goto('/admin/settings')
      const box = admin.getByLabel('Guests may post anonymously without an account')
      if (on) await box.check()
      else await box.uncheck()
      await admin.getByRole('button', { name: 'Save settings' }).click()
      await admin.getByRole('status').filter({ hasText: /Saved|Nothing changed/ }).waitFor()
    }
    await setGuestPosting(true)
    try {
      const guest = await newPage(browser, { javaScript: false })
      await guest.goto(threadPath)
      await guest.getByText('Post anonymously as a guest — reviewed before anyone else sees it').waitFor()
      const text = `Thank you, this is really helpful to read (${suffix}).`
      await guest.getByLabel('Your reply').fill(text)
      await guest.getByRole('button', { name: 'Post reply as a guest' }).click()
      await guest.getByText(text).waitFor()
      const own = guest.getByRole('article').filter({ hasText: text })
      expect(await own.innerText()).toMatch(/Awaiting review/)
      expect((await own.locator('.post__author').innerText()).trim()).toMatch(/^Anonymous /)
      await guest.context().close()

      const friend = await newPage(browser, { user: e2eUsers.friend })
      const seen = await everythingSent(friend, threadPath)
      expect(seen).not.toContain(text)
      await friend.context().close()
    } finally {
      await setGuestPosting(false)
      await admin.context().close()
    }
  })
})
