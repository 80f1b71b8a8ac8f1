#!/usr/bin/env node
// End-to-end: the whole review loop through the real Keycloak sign-in, driven by playwright-core
// on Debian's Chromium. Needs the system running (scripts/run.sh) and the app served (vite preview).
//   GEP_APP_URL        the app                      (default http://127.0.0.1:5173)
//   GEP_OIDC_AUTHORITY the realm, for a setup token (default http://localhost:8180/realms/gender-equality)
//   GEP_E2E_UNIT / GEP_E2E_PERIOD  the reporter's org unit and period (default vinh-thanh / 2024)
//   GEP_E2E_PREVIOUS   an earlier period, approved in setup, that the review compares with (2024S1)
//   CHROMIUM           the browser (default /usr/bin/chromium)
import { chromium } from 'playwright-core'
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import assert from 'node:assert/strict'

const APP = (process.env.GEP_APP_URL ?? 'http://127.0.0.1:5173').replace(/\/$/, '')
const AUTHORITY = process.env.GEP_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/gender-equality'
const UNIT = process.env.GEP_E2E_UNIT ?? 'vinh-thanh'
const PERIOD = process.env.GEP_E2E_PERIOD ?? '2024'
const PREVIOUS = process.env.GEP_E2E_PREVIOUS ?? '2024S1'
const SHOTS = new URL('./screenshots/', import.meta.url).pathname
const REASON = 'Chỉ tiêu 1.1: tử số chưa khớp với báo cáo năm trước, đề nghị kiểm tra lại.'
mkdirSync(SHOTS, { recursive: true })
const started = Date.now()
const DESKTOP = { width: 1280, height: 800 }
const TABLET = { width: 768, height: 1024 }
const step = (s) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${s}`)

/** A token from the TEST ONLY password-grant client, for setup and for a concurrent writer. */
async function tokenFor(username) {
  const res = await fetch(`${AUTHORITY}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'gep-test', username, password: 'demo' }),
  })
  const { access_token: token } = await res.json()
  assert.ok(token, `token for ${username} from gep-test`)
  return { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
}

/** Someone else saves the submission meanwhile, so the page's version goes stale. */
async function concurrentEdit() {
  const h = await tokenFor(`reporter.${UNIT}`)
  const page = await (await fetch(`${APP}/api/v1/submissions?orgUnit=${UNIT}&period=${PERIOD}`, { headers: h })).json()
  const s = page.items[0]
  const res = await fetch(`${APP}/api/v1/submissions/${s.id}`, {
    method: 'PUT',
    headers: { ...h, 'If-Match': `"${s.version}"` },
    body: JSON.stringify({ values: [{ indicator: '1.1', numerator: 7, denominator: 20 }] }),
  })
  assert.equal(res.status, 200, 'concurrent edit')
}

/** Puts the test's submission back into an editable state, whatever an earlier run left. */
async function resetSubmission() {
  const h = await tokenFor('coordinator')
  const page = await (await fetch(`${APP}/api/v1/submissions?orgUnit=${UNIT}&period=${PERIOD}`, { headers: h })).json()
  const s = page.items?.[0]
  if (s?.status === 'APPROVED')
    await fetch(`${APP}/api/v1/submissions/${s.id}/reopen`, {
      method: 'POST',
      headers: { ...h, 'If-Match': `"${s.version}"` },
      body: JSON.stringify({ reason: 'e2e: start over' }),
    })
  if (s?.status === 'SUBMITTED')
    await fetch(`${APP}/api/v1/submissions/${s.id}/return`, {
      method: 'POST',
      headers: { ...h, 'If-Match': `"${s.version}"` },
      body: JSON.stringify({ reason: 'e2e: start over' }),
    })
  step(`setup: ${UNIT} ${PERIOD} was ${s?.status ?? 'not started'}`)
}

/**
 * Gives the unit an approved report for the previous period (1.1 at 75 %), so that the review view
 * has figures to compare with and the flow's 1.1 (30-35 %) is a large change.
 */
async function approvedPrevious() {
  const r = await tokenFor(`reporter.${UNIT}`)
  const c = await tokenFor('coordinator')
  const url = `${APP}/api/v1/submissions`
  const values = [{ indicator: '1.1', numerator: 15, denominator: 20 }]
  let s = (await (await fetch(`${url}?orgUnit=${UNIT}&period=${PREVIOUS}`, { headers: c })).json()).items?.[0]
  if (!s) {
    const res = await fetch(url, {
      method: 'POST',
      headers: r,
      body: JSON.stringify({ orgUnit: UNIT, period: PREVIOUS, values }),
    })
    assert.equal(res.status, 201, 'previous period created')
    s = await res.json()
  }
  if (s.status === 'DRAFT' || s.status === 'RETURNED') {
    const put = await fetch(`${url}/${s.id}`, {
      method: 'PUT',
      headers: { ...r, 'If-Match': `"${s.version}"` },
      body: JSON.stringify({ values }),
    })
    assert.equal(put.status, 200, 'previous period values')
    const sub = await fetch(`${url}/${s.id}/submit`, {
      method: 'POST',
      headers: { ...r, 'If-Match': put.headers.get('ETag') },
      body: JSON.stringify({ allowMissing: true }),
    })
    assert.equal(sub.status, 200, 'previous period submitted')
    s = await sub.json()
  }
  if (s.status === 'SUBMITTED')
    assert.equal(
      (await fetch(`${url}/${s.id}/approve`, { method: 'POST', headers: { ...c, 'If-Match': `"${s.version}"` } }))
        .status,
      200,
      'previous period approved',
    )
  step(`setup: ${UNIT} ${PREVIOUS} approved`)
}

/** The visible controls of the page that have no accessible name (label, aria-label, text), as HTML. */
function unnamedControls() {
  const text = (el) => (el?.textContent ?? '').trim()
  const named = (el) =>
    !!(el.getAttribute('aria-label') ?? '').trim() ||
    (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => text(document.getElementById(id))) ||
    (!!el.id && !!text(document.querySelector(`label[for="${CSS.escape(el.id)}"]`))) ||
    !!text(el.closest('label')) ||
    (el.matches('button, a, [role=button]') && !!text(el)) ||
    !!(el.getAttribute('title') ?? '').trim()
  const shown = (el) => el.getClientRects().length > 0 || el.matches('input[type=radio], input[type=checkbox]')
  return [
    ...document.querySelectorAll(
      'input:not([type=hidden]), select, textarea, button, a[href], [role=button], [role=combobox]',
    ),
  ]
    .filter((el) => shown(el) && !named(el))
    .map((el) => el.outerHTML.slice(0, 160))
}

/**
 * Checks that every control of the page at `path` has an accessible name, once `ready` resolves,
 * and takes screenshots on a desktop (whole page) and a tablet (first screen), as `<name>.png` and
 * `<name>-tablet.png`.
 */
async function shoot(page, name, path, ready) {
  if (path) await page.goto(APP + path)
  await ready(page)
  assert.deepEqual(await page.evaluate(unnamedControls), [], `${name}: every control has an accessible name`)
  // toasts would hide the header; hidden through the DOM, as the CSP refuses an injected <style>
  await page.evaluate(() =>
    document.querySelectorAll('.el-message').forEach((e) => e.style.setProperty('display', 'none', 'important')),
  )
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true })
  await page.setViewportSize(TABLET)
  await page.screenshot({ path: `${SHOTS}${name}-tablet.png` }) // what a tablet shows first
  await page.setViewportSize(DESKTOP)
}
/** A screen whose own data calls have all answered. */
const settled = async (page) => {
  await page.locator('h1').first().waitFor()
  await page.waitForLoadState('networkidle')
}
const dashboardReady = (page) => page.locator('tr[data-indicator="1.1"]').waitFor()
const statusReady = (page) => page.locator(`[data-cell="${UNIT}|${PERIOD}"] [data-status]`).waitFor()

const dirs = []
/** What the app's Content-Security-Policy refused on any of its pages: must stay empty. */
const cspViolations = []

/** A fresh browser profile (Debian's Chromium). */
async function browser() {
  const dir = mkdtempSync(join(tmpdir(), 'gep-e2e-'))
  dirs.push(dir)
  return chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: DESKTOP,
    locale: 'vi-VN',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** A fresh browser profile signed in as `user` through Keycloak's login page, at `path`. */
async function signIn(user, path) {
  const context = await browser()
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(20_000)
  page.on('console', (m) => {
    if (page.url().startsWith(APP) && /Content Security Policy/.test(m.text()))
      cspViolations.push(`${user}: ${m.text()}`)
  })
  await page.goto(APP + path)
  await page.locator('#username').fill(user)
  await page.locator('#password').fill('demo')
  await page.locator('#kc-login').click()
  await page.waitForURL((u) => u.toString().startsWith(APP + path.split('?')[0]))
  await page.getByTestId('user').filter({ hasText: user }).waitFor()
  step(`${user} signed in`)
  return { page, close: () => context.close() }
}

const row = (page, label) => page.locator(`[data-row="${label}"]`)
async function dashboardRow(page, code) {
  const r = page.locator(`tr[data-indicator="${code}"]`)
  await r.waitFor()
  return (await r.innerText()).replace(/\s+/g, ' ')
}

async function fillAndSave(page, numerator, denominator) {
  await row(page, '1.1').locator('input').nth(0).fill(numerator)
  await row(page, '1.1').locator('input').nth(1).fill(denominator)
}

async function submitWithMissing(page) {
  await page.locator('[data-action="submit"]').click()
  await page.getByRole('button', { name: 'Vẫn gửi' }).click()
  await page.getByText('Đã gửi báo cáo để thẩm định.').waitFor()
  await page.locator('.toolbar [data-status="SUBMITTED"]').waitFor()
}

/** The headers every page of the app must carry (nginx in production, vite preview here). */
async function assertSecurityHeaders() {
  const keycloak = new URL(AUTHORITY).origin
  for (const path of ['/', `/entry/${PERIOD}`, '/no-such-file.js']) {
    const res = await fetch(APP + path)
    const csp = res.headers.get('content-security-policy') ?? ''
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values.join(' ')]),
    )
    assert.equal(directives['script-src'], "'self'", `${path}: script-src`)
    assert.equal(directives['connect-src'], `'self' ${keycloak}`, `${path}: connect-src`)
    assert.equal(directives['frame-ancestors'], "'none'", `${path}: frame-ancestors`)
    assert.equal(directives['object-src'], "'none'", `${path}: object-src`)
    assert.equal(directives['base-uri'], "'self'", `${path}: base-uri`)
    assert.ok(!/unsafe-eval/.test(csp), `${path}: no unsafe-eval`)
    assert.equal(res.headers.get('x-frame-options'), 'DENY', `${path}: X-Frame-Options`)
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${path}: X-Content-Type-Options`)
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer', `${path}: Referrer-Policy`)
  }
  step('security headers on the app, its routes and its files')
}

/**
 * Clickjacking: a page of another origin frames the app; the browser must refuse to show it. The
 * same page framing one of its own pages is the control: that frame loads, so the check can fail.
 */
async function assertNotFramable() {
  const attacker = createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    if (req.url === '/inner') return res.end('<p id="inner">framed-ok</p>')
    const src = req.url === '/control' ? '/inner' : `${APP}/`
    // sandboxed without scripts: the app cannot navigate away by itself, so what the frame shows
    // depends on the headers alone
    res.end(`<h1>Win a prize</h1><iframe sandbox="allow-same-origin" src="${src}" width="800" height="600"></iframe>`)
  })
  await new Promise((resolve) => attacker.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${attacker.address().port}`
  const context = await browser()
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const refusals = []
    // Chromium 14x: "Framing '<url>' violates ... "frame-ancestors 'none'". The request has been blocked."
    page.on('console', (m) => /Refused to (frame|display)|^Framing '/.test(m.text()) && refusals.push(m.text()))
    const framed = async (path) => {
      await page.goto(origin + path)
      await page.waitForLoadState('load')
      const frame = page.frames().find((f) => f !== page.mainFrame())
      assert.ok(frame, `${path}: the frame exists`)
      const shown = await frame.evaluate(() => !!document.querySelector('#app, #inner')).catch(() => false)
      return shown && !frame.url().startsWith('chrome-error:')
    }
    assert.equal(await framed('/control'), true, 'control: a frameable page loads in the frame')
    assert.equal(await framed('/'), false, "the app is not shown inside another origin's frame")
    assert.ok(
      refusals.some((r) => r.includes(`'${APP}/'`) && /frame-ancestors 'none'/.test(r)),
      `Chromium refused the app's frame for its frame-ancestors: ${refusals.join(' | ')}`,
    )
    await page.screenshot({ path: SHOTS + 'clickjacking-refused.png' })
  } finally {
    await context.close()
    attacker.close()
  }
  step('another origin cannot frame the app (clickjacking refused)')
}

/** Tokens in memory only: nothing in web storage; a reload signs in again through Keycloak's session. */
async function assertTokensInMemory(page, user) {
  const stored = () => page.evaluate(() => JSON.stringify({ ...window.sessionStorage, ...window.localStorage }))
  assert.doesNotMatch(await stored(), /access_token|refresh_token|id_token/, 'no token in web storage')
  const here = page.url()
  await page.reload()
  await page.getByTestId('user').filter({ hasText: user }).waitFor()
  assert.equal(page.url(), here, 'a reload comes back to the same screen')
  assert.doesNotMatch(await stored(), /access_token|refresh_token|id_token/, 'no token in web storage after a reload')
  step('tokens in memory only; a reload signs in again through the Keycloak session, no form')
}

async function main() {
  await assertSecurityHeaders()
  await assertNotFramable()
  await resetSubmission()
  await approvedPrevious()

  // reporter: one mistake caught inline, save, submit
  const reporter = await signIn(`reporter.${UNIT}`, `/entry/${PERIOD}`)
  let p = reporter.page
  await assertTokensInMemory(p, `reporter.${UNIT}`)
  await row(p, '1.1').waitFor()
  await fillAndSave(p, '25', '20')
  await row(p, '1.1').getByText('Tử số không được lớn hơn mẫu số').waitFor()
  await p.locator('[data-action="save"]').click()
  await p.getByText('Còn lỗi trong biểu mẫu').first().waitFor()
  step('inline error shown, save refused')
  await p.screenshot({ path: SHOTS + 'entry-error.png', fullPage: true })
  await fillAndSave(p, '5', '20')
  assert.equal(await row(p, '1.1').getByText('Tử số không được lớn hơn mẫu số').count(), 0)
  assert.equal((await p.locator('[data-computed="1.1"]').innerText()).replace(/\s/g, ' '), '25 %')
  await p.locator('[data-action="save"]').click()
  await p.getByText('Đã lưu bản nháp.').waitFor()
  step('draft saved')
  await concurrentEdit()
  await row(p, '1.1').locator('input').nth(0).fill('4')
  await p.locator('[data-action="save"]').click()
  await p.getByTestId('conflict').waitFor()
  assert.equal(await row(p, '1.1').locator('input').nth(0).inputValue(), '4', 'input kept after a conflict')
  await p.screenshot({ path: SHOTS + 'entry-conflict.png', fullPage: true })
  await p.getByTestId('conflict').getByRole('button').click()
  await p.getByTestId('conflict').waitFor({ state: 'detached' })
  assert.equal(await row(p, '1.1').locator('input').nth(0).inputValue(), '7', 'the latest version loaded')
  step('stale edit explained, input kept, latest loaded')
  await row(p, '5.2a Nam').locator('input').nth(0).fill('1')
  await row(p, '5.2a Nam').locator('input').nth(1).fill('2')
  await p.locator('[data-action="submit"]').click()
  await row(p, '5.2a Nữ').getByText('Cần nhập cho cả nam và nữ').waitFor()
  await row(p, '5.2a Nam').locator('input').nth(0).fill('')
  await row(p, '5.2a Nam').locator('input').nth(1).fill('')
  step('one sex without the other refused at submit')
  await submitWithMissing(p)
  step('submitted (missing indicators confirmed)')
  await p.screenshot({ path: SHOTS + 'entry-submitted.png', fullPage: true })
  // a reporter sees no review or status screens
  assert.equal(await p.locator('[data-nav="review"]').count(), 0)
  assert.equal(await p.locator('[data-nav="status"]').count(), 0)

  // coordinator returns it with a reason
  const coord = await signIn('coordinator', '/review')
  let c = coord.page
  const queueRow = c.locator(`tr[data-org-unit="${UNIT}"][data-period="${PERIOD}"]`)
  await queueRow.waitFor()
  await c.screenshot({ path: SHOTS + 'review-queue.png', fullPage: true })
  await queueRow.getByRole('button').click()
  // the values beside the previous period's, the large change flagged in words, icon and colour
  await c.locator('[data-col="previous"]').filter({ hasText: PREVIOUS }).waitFor()
  const flagged = c.locator('tr[data-value="1.1"]')
  assert.equal((await flagged.locator('[data-cell="previous"]').innerText()).replace(/\s/g, ' '), '75 %')
  assert.match(await flagged.locator('[data-cell="change"]').innerText(), /−40\s?điểm %/)
  await flagged.locator('[data-flag="large"]').filter({ hasText: 'Thay đổi lớn' }).waitFor()
  assert.match(await c.getByTestId('large-changes').innerText(), /1 thay đổi lớn/)
  await c.screenshot({ path: SHOTS + 'review-comparison.png', fullPage: true })
  step('comparison with the previous period, large change flagged')
  // the same screen in English, then back to Vietnamese
  await c.getByRole('button', { name: 'English' }).click()
  await c.getByTestId('large-changes').filter({ hasText: 'Large changes: 1' }).waitFor()
  await c.locator('h1').filter({ hasText: 'Vinh Thanh District' }).waitFor()
  await c
    .locator('[data-col="previous"]')
    .filter({ hasText: `Previous (${PREVIOUS})` })
    .waitFor()
  await c.screenshot({ path: SHOTS + 'review-comparison-en.png', fullPage: true })
  await c.getByRole('button', { name: 'Tiếng Việt' }).click()
  await c.getByTestId('large-changes').filter({ hasText: 'thay đổi lớn' }).waitFor()
  await c.locator('[data-action="return"]').click()
  await c.locator('[data-action="confirm-reason"]').click()
  await c.getByText('Nhập lý do').waitFor() // a reason is required
  await c.locator('#reason').fill(REASON)
  await c.locator('[data-action="confirm-reason"]').click()
  await c.getByText('Đã trả lại báo cáo.').waitFor()
  await c.locator('.toolbar [data-status="RETURNED"]').waitFor()
  step('returned with a reason')

  // reporter sees the reason, fixes, resubmits
  await p.goto(`${APP}/entry/${PERIOD}`)
  await p.getByTestId('return-reason').getByText(REASON).waitFor()
  await p.screenshot({ path: SHOTS + 'entry-returned.png', fullPage: true })
  step('reporter sees the reason')
  await fillAndSave(p, '6', '20')
  await submitWithMissing(p)
  step('resubmitted')
  await shoot(p, 'reporter-entry', null, async () => {})
  await shoot(p, 'reporter-dashboard', `/?period=${PERIOD}`, dashboardReady)
  // the reporter's own reporting status: their unit only, the resubmitted report in words
  await p.locator('[data-nav="my-status"]').click()
  await shoot(p, 'reporter-status', null, (page) =>
    page.locator(`[data-own-period="${PERIOD}"] [data-status="SUBMITTED"]`).waitFor(),
  )
  assert.ok((await p.locator('h1').innerText()).startsWith('Tình hình báo cáo của '), 'own status title')
  await p.getByRole('button', { name: 'English' }).click()
  await p.locator('h1').getByText('Reporting status of ').waitFor()
  assert.ok(
    (await p.locator(`[data-own-period="${PERIOD}"] [data-status="SUBMITTED"]`).innerText()).includes('Submitted'),
    'own status in English',
  )
  await shoot(p, 'reporter-status-en', null, async () => {})
  await p.getByRole('button', { name: 'Tiếng Việt' }).click()
  step('reporter sees their own reporting status')
  await reporter.close()

  // provisional figures count the submitted report; approved ones don't yet
  const reviewUrl = c.url()
  await c.goto(`${APP}/?period=${PERIOD}`)
  const before = await dashboardRow(c, '1.1')
  step(`dashboard 1.1 approved, before approval: ${before}`)
  await c.goto(`${APP}/?period=${PERIOD}&basis=submitted`)
  await c.getByText('Tạm tính', { exact: true }).waitFor()
  const provisional = await dashboardRow(c, '1.1')
  assert.notEqual(provisional, before, 'basis=submitted counts the submitted report')
  step(`dashboard 1.1 provisional: ${provisional}`)

  // coordinator approves
  await c.goto(reviewUrl)
  await c.locator('[data-action="approve"]').click()
  await c.getByText('Đã duyệt báo cáo.').waitFor()
  await c.locator('.toolbar [data-status="APPROVED"]').waitFor()
  assert.equal(await c.locator('[data-action="reopen"]').count(), 1)
  await shoot(c, 'coordinator-review', null, async () => {})
  step('approved')
  await shoot(c, 'coordinator-status', '/status', (page) =>
    page.locator(`[data-cell="${UNIT}|${PERIOD}"] [data-status="APPROVED"]`).waitFor(),
  )
  await shoot(c, 'coordinator-queue', '/review', (page) => page.locator('h1').waitFor())
  await shoot(c, 'coordinator-dashboard', `/?period=${PERIOD}`, dashboardReady)
  await shoot(c, 'coordinator-reports', '/reports', settled)
  await shoot(c, 'coordinator-audit', '/audit', settled)
  await shoot(c, 'coordinator-periods', '/periods', settled)
  await coord.close()

  // the dashboard's figure changed; a viewer has no entry or review actions
  const viewer = await signIn('viewer', `/?period=${PERIOD}`)
  const v = viewer.page
  const after = await dashboardRow(v, '1.1')
  step(`dashboard 1.1 after: ${after}`)
  assert.notEqual(after, before, 'the approved figure changes the city dashboard')
  // every status is written in words as well as colour, whatever the data
  await v.locator('[data-status]').first().waitFor()
  const words = { ACHIEVED: 'Đạt', NOT_ACHIEVED: 'Chưa đạt', NO_DATA: 'Chưa có số liệu' }
  for (const tag of await v.locator('[data-status]').all()) {
    const status = await tag.getAttribute('data-status')
    if (words[status]) assert.ok((await tag.innerText()).includes(words[status]), `status ${status} in words`)
  }
  await shoot(v, 'viewer-dashboard', null, async () => {})
  // the org-unit picker: the URL keeps period and unit, so a link reproduces the view
  await v.getByTestId('unit-picker').click()
  await v.getByRole('option', { name: 'Huyện Vĩnh Thạnh' }).click()
  await v.waitForURL((u) => u.searchParams.get('orgUnit') === UNIT && u.searchParams.get('period') === PERIOD)
  await v.locator('h1').filter({ hasText: 'Huyện Vĩnh Thạnh' }).waitFor()
  const unitLink = v.url()
  await v.goto(`${APP}/`)
  await dashboardReady(v)
  await v.goto(unitLink)
  await v.locator('h1').filter({ hasText: 'Huyện Vĩnh Thạnh' }).waitFor()
  assert.match(await dashboardRow(v, '1.1'), /30 %/, "the district's own approved figure")
  // keyboard: the first Tab reaches the skip link, visibly focused; it moves focus to the content
  await v.keyboard.press('Tab')
  const focused = await v.evaluate(() => ({
    id: document.activeElement?.dataset.testid,
    outline: getComputedStyle(document.activeElement).outlineStyle,
  }))
  assert.deepEqual(focused, { id: 'skip-link', outline: 'solid' }, 'a visible skip link first')
  await v.screenshot({ path: SHOTS + 'viewer-keyboard-focus.png' })
  await v.keyboard.press('Enter')
  assert.equal(await v.evaluate(() => document.activeElement?.id), 'main', 'the skip link moves focus to the content')
  await shoot(v, 'viewer-dashboard-unit', null, async () => {})
  step('viewer: dashboard of one district by picker and by link')
  for (const nav of ['entry', 'review'])
    assert.equal(await v.locator(`[data-nav="${nav}"]`).count(), 0, `viewer sees no ${nav} link`)
  await v.goto(`${APP}/entry/${PERIOD}`)
  await v.getByText('Bạn không có quyền xem trang này.').waitFor()
  assert.equal(await v.locator('[data-action]').count(), 0)
  await v.goto(`${APP}/indicators/1.1?period=${PERIOD}`)
  await shoot(v, 'viewer-indicator', null, (page) => page.getByTestId('unit-chart').locator('svg').first().waitFor())
  // the chart's tooltip: drawn by ECharts itself, nothing for the Content-Security-Policy to refuse
  await v.getByTestId('unit-chart').hover()
  await v.waitForTimeout(500)
  await shoot(v, 'viewer-status', '/status', statusReady)
  await shoot(v, 'viewer-reports', '/reports', settled)
  step('viewer: dashboard and indicator, no actions')
  await viewer.close()

  // admin: targets screen, no entry or review
  const admin = await signIn('admin', '/admin/targets')
  await admin.page.locator('tr[data-target="1.1"]').waitFor()
  for (const nav of ['entry', 'review']) assert.equal(await admin.page.locator(`[data-nav="${nav}"]`).count(), 0)
  await shoot(admin.page, 'admin-targets', null, async () => {})
  await shoot(admin.page, 'admin-dashboard', `/?period=${PERIOD}`, dashboardReady)
  await shoot(admin.page, 'admin-status', '/status', statusReady)
  await shoot(admin.page, 'admin-periods', '/periods', settled)
  await shoot(admin.page, 'admin-contacts', '/admin/contacts', settled)
  await admin.page.goto(`${APP}/admin/targets`)
  await admin.page.locator('tr[data-target="1.1"]').waitFor()
  step('admin: targets, dashboard, status')
  await admin.page.getByRole('button', { name: 'Đăng xuất' }).click()
  await admin.page.locator('#username').waitFor() // back at Keycloak's login page
  step('signed out')
  await admin.close()
  assert.deepEqual(cspViolations, [], 'nothing on any screen was refused by the Content-Security-Policy')
}

main()
  .then(() =>
    console.log(`e2e passed in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in e2e/screenshots/`),
  )
  .catch((e) => {
    console.error('e2e FAILED:', e)
    process.exitCode = 1
  })
  .finally(() => {
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }))
    // browsers left open by a failed step would keep node alive; exiting closes them
    process.exit(process.exitCode ?? 0)
  })
