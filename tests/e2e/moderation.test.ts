import crypto from 'node:crypto'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { describeBrowser, e2eUsers, newPage, openBrowser } from './support.ts'

describeBrowser('reports and the review queue in a real browser', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await openBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('the running server holds what only the learned layer catches: a veiled threat with no listed word', async () => {
    // The word lists and phrase rules allow this post; the shipped model (model.json) holds it. The
    // server runs from the build (build/index.js), which once looked for build/model.json and
    // silently scanned with the rules alone.
    const tag = crypto.randomBytes(3).toString('hex')
    const threat = `She'll be sorry she ever laughed at me. I know her routine, I know her friends, I know everything. ${tag}`
    const member = await newPage(browser, { user: e2eUsers.member })
    await member.goto('/new?bridge=intimacy')
    await member.getByLabel('Title').fill(`Talking again after a long silence ${tag}`)
    await member.getByLabel('Your post').fill('We stopped talking about sex years ago. How did you start again?')
    await Promise.all([member.waitForURL(/\/t\/\d+/), member.getByRole('button', { name: 'Post thread' }).click()])
    const threadPath = new URL(member.url()).pathname

    const friend = await newPage(browser, { user: e2eUsers.friend })
    await friend.goto(threadPath)
    await friend.getByLabel('Your reply').fill(threat)
    await friend.getByRole('button', { name: 'Post reply' }).click()
    await friend.getByText('Your post is awaiting review by a moderator. Until then only you can see it.').waitFor()

    await member.goto(threadPath)
    expect(await member.getByText(threat).count()).toBe(0)

    const moderator = await newPage(browser, { user: e2eUsers.moderator })
    await moderator.goto('/mod/queue')
    const item = moderator.locator('article.queue-item', { hasText: tag })
    await item.getByText(/model\.threat/).first().waitFor()

    for (const page of [member, friend, moderator]) await page.context().close()
  })

  for (const javaScript of [true, false]) {
    it(`a member reports a post, a moderator removes it with a reason, the author sees why and others see "[removed]" (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const tag = crypto.randomBytes(3).toString('hex')
      const title = `Keeping closeness after a baby arrives ${tag}`
      // self-promotion the filter lets through (it holds "buy my course, link in profile"); a member reports it
      const replyText = `Honestly my book covers all of this, chapter four especially ${tag}`

      // The member starts a thread; their friend replies.
      const member = await newPage(browser, { user: e2eUsers.member, javaScript })
      await member.goto('/new?bridge=intimacy')
      await member.getByLabel('Title').fill(title)
      await member.getByLabel('Your post').fill('We used to talk every evening. How do you keep that going with a newborn?')
      await Promise.all([member.waitForURL(/\/t\/\d+/), member.getByRole('button', { name: 'Post thread' }).click()])
      const threadPath = new URL(member.url()).pathname

      const friend = await newPage(browser, { user: e2eUsers.friend, javaScript })
      await friend.goto(threadPath)
      await friend.getByLabel('Your reply').fill(replyText)
      await Promise.all([friend.waitForURL(/#post-2$/), friend.getByRole('button', { name: 'Post reply' }).click()])

      // The member reports the reply.
      await member.goto(threadPath)
      const reply = member.getByRole('article', { name: 'Post 2' })
      await reply.getByText(replyText).waitFor()
      await reply.getByText('Report', { exact: true }).click()
      await reply.getByLabel('Spam or advertising').check()
      await reply.getByLabel(/Note for the moderators/).fill('Plugging a book')
      await reply.getByRole('button', { name: 'Send report' }).click()
      await member.getByText('Thank you for your report. A moderator will look at it.').waitFor()
      if (javaScript) expect(new URL(member.url()).pathname).toBe(threadPath)
      // No report form on one's own post.
      expect(await member.getByRole('article', { name: 'Post 1' }).getByText('Report', { exact: true }).count()).toBe(0)

      // A moderator finds it in the queue and removes it with a reason.
      const moderator = await newPage(browser, { user: e2eUsers.moderator, javaScript })
      await moderator.goto('/mod/queue')
      await moderator.getByRole('heading', { name: 'Review queue' }).waitFor()
      expect(await moderator.getByRole('link', { name: /Queue/ }).innerText()).toMatch(/\d/)
      const item = moderator.locator('article.queue-item', { hasText: title })
      await item.getByText('Spam or advertising × 1').waitFor()
      await item.getByText('Spam or advertising: “Plugging a book”').waitFor()
      expect(await item.innerText()).not.toContain(e2eUsers.member.username)
      await item.getByText('Remove…').click()
      const removeForm = item.locator('details', { hasText: 'Remove…' })
      await removeForm.getByLabel('Reason').selectOption('spam')
      await removeForm.getByLabel(/In your words/).fill('Please do not advertise here')
      await removeForm.getByRole('button', { name: 'Remove post' }).click()
      await moderator.getByText(/Removed: its author sees the reason/).waitFor()
      if (!javaScript) expect(moderator.url()).toMatch(/\/mod\/queue\?done=removed$/)
      await item.waitFor({ state: 'detached' })

      // The author sees the removal and its reason; the member sees "[removed]".
      await friend.goto(threadPath)
      await friend.getByText('This post was removed by a moderator: Spam or advertising: Please do not advertise here').waitFor()
      await member.goto(threadPath)
      await member.getByText('[removed]').waitFor()
      expect(await member.getByText(replyText).count()).toBe(0)
      expect(await member.getByText('Please do not advertise here').count()).toBe(0)

      for (const page of [member, friend, moderator]) await page.context().close()
    })
  }
})
