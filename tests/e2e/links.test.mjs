// End-to-end: links keep the dataset. Opened with ?data=<another file>, every link to an event
// (cards, the upcoming strip, a year's anniversaries), the nav and year links, presentation, the
// copied permalink and the <iframe> code keep data=, and an event opened in a new tab, or from a
// copied link, shows the other file's event rather than the bundled dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { server, browser, dataset, setUp, TIMEOUT, appSettled } from './harness.mjs';

/** How long one wait in a page may take here (ms). */
const WAIT_MS = 15_000;
const DATA = 'links/other.json';
const Q = `data=${DATA}`;

// The other dataset, dated from today so that the upcoming strip and this year's anniversaries
// always have something: one event 50 years before a day ten days ahead (upcoming), one 100
// years before this year (this year's anniversaries, year only), one 102 years before (neither).
const today = new Date();
const Y = today.getFullYear();
const soon = new Date(Y, today.getMonth(), today.getDate() + 10);
if (soon.getMonth() === 1 && soon.getDate() === 29) soon.setDate(soon.getDate() + 1);
const pad = (n) => String(n).padStart(2, '0');
const event = (id, vi, en, date) => ({
  id, title: { vi, en }, date, category: 'history', level: 'provincial', source: { document: 'links-test' },
});
const other = {
  version: 1,
  title: { vi: 'Tệp khác', en: 'Other file' },
  events: [
    event('lk-khac', 'Sự kiện của tệp khác', 'Event of the other file', `${Y - 102}-03-04`),
    event('lk-nam-nay', 'Tròn trăm năm của tệp khác', 'Centenary of the other file', `${Y - 100}`),
    event('lk-sap-toi', 'Sắp kỷ niệm, tệp khác', 'Coming up, other file',
      `${soon.getFullYear() - 50}-${pad(soon.getMonth() + 1)}-${pad(soon.getDate())}`),
  ],
};
const IDS = other.events.map((e) => e.id);
const title = (id) => other.events.find((e) => e.id === id).title.vi;
// This year's anniversaries: the centenary (year only, so first), and the upcoming one if it
// falls this year.
const THIS_YEAR = soon.getFullYear() === Y ? ['lk-nam-nay', 'lk-sap-toi'] : ['lk-nam-nay'];

setUp({
  routes: {
    '/links/other.json': (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(other));
    },
  },
});

/** Rethrows a failed wait with what was awaited. */
async function bounded(promise, message) {
  try {
    return await promise;
  } catch (e) {
    throw new Error(`${message} (${String(e.message).split('\n')[0]})`);
  }
}
const until = (page, fn, arg, message) => bounded(page.waitForFunction(fn, arg, { timeout: WAIT_MS }), message);
const shown = (locator, message, state = 'visible') => bounded(locator.waitFor({ state, timeout: WAIT_MS }), message);
const click = (locator, message, options = {}) => bounded(locator.click({ timeout: WAIT_MS, ...options }), message);
const search = (page) => page.evaluate(() => location.search);
async function at(page, query, message) {
  await until(page, (q) => location.search === q, query, `${message}: the address should be ${query}`);
}

/** Waits until the app has loaded; asserts it is ready. */
async function ready(page, what) {
  await until(page, appSettled, undefined,
    `${what}: the app did not finish loading`);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'ready', `${what}: loaded`);
}

function watch(page) {
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
  page.on('pageerror', (e) => page.problems.push(String(e)));
  return page;
}

/** A new context (with clipboard access) and a page of it at `url`, loaded. */
async function open(url) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'],
  });
  context.setDefaultTimeout(WAIT_MS);
  const page = watch(await context.newPage());
  await bounded(page.goto(server.url + url, { timeout: WAIT_MS }), `opening ${url}`);
  await ready(page, url);
  return { context, page };
}

/** [event id, href] of each link matched by `selector`, the id from the closest data-event-id. */
const links = (page, selector) => page.locator(selector).evaluateAll((as) =>
  as.map((a) => [a.closest('[data-event-id]')?.dataset.eventId ?? null, a.getAttribute('href')]));
const eventLinks = (ids) => ids.map((id) => [id, `?event=${id}&${Q}`]);
const relativeHrefs = (page) => page.locator('a[href^="?"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

test('on the timeline, every link to an event, the year view and the other screen keeps data=', { timeout: TIMEOUT }, async () => {
  assert.ok(!dataset.events.some((e) => IDS.includes(e.id)), 'the ids are not in the bundled dataset');
  const { context, page } = await open(`/?${Q}`);
  assert.deepEqual(await page.locator('#timeline [data-event-id]').evaluateAll((els) => els.map((e) => e.dataset.eventId)), IDS,
    "the other file's events, not the bundled ones");
  assert.deepEqual(await links(page, '#timeline .event__link'), eventLinks(IDS), 'event cards');
  assert.deepEqual(await links(page, '.upcoming__card'), eventLinks(['lk-sap-toi']), 'upcoming strip');
  assert.equal(await page.locator('.upcoming__all').getAttribute('href'), `?year=${Y}&view=anniversaries&${Q}`, 'year link');
  assert.deepEqual(
    await page.locator('.site-nav a.nav__link').evaluateAll((as) => as.map((a) => [a.textContent.trim(), a.getAttribute('href')])),
    [['Dòng thời gian', `?${Q}`], ['Ngày kỷ niệm', `?view=anniversaries&${Q}`]],
    'nav links',
  );
  const hrefs = await relativeHrefs(page);
  assert.equal(hrefs.length, IDS.length + 1 + 1 + 2, 'cards, upcoming card, year link, nav');
  assert.deepEqual(hrefs.filter((h) => new URLSearchParams(h).get('data') !== DATA), [], 'every link keeps data=');

  // Ctrl-click: the event opens in a new tab, from the other dataset; this page does not move.
  const [tab] = await Promise.all([
    bounded(context.waitForEvent('page', { timeout: WAIT_MS }), 'a Ctrl-click on an event should open a new tab'),
    click(page.locator('#timeline [data-event-id="lk-sap-toi"] .event__link'), 'Ctrl-click on a card', { modifiers: ['Control'] }),
  ]);
  watch(tab);
  await ready(tab, 'the new tab');
  assert.equal(await search(tab), `?event=lk-sap-toi&${Q}`);
  await shown(tab.locator('#event-detail[open]'), 'the new tab should open the event detail');
  assert.equal(await tab.locator('#event-detail .detail__title').innerText(), title('lk-sap-toi'));
  assert.deepEqual(await tab.locator('#timeline [data-event-id]').evaluateAll((els) => els.map((e) => e.dataset.eventId)), IDS,
    'the new tab shows the other dataset');
  assert.equal(await search(page), `?${Q}`, 'the first page stayed where it was');
  assert.deepEqual([...page.problems, ...tab.problems], []);
  await context.close();
});

test("the year view's anniversaries, the nav and presentation keep data=", { timeout: TIMEOUT }, async () => {
  const { context, page } = await open(`/?${Q}`);
  await click(page.locator('.upcoming__all'), "the upcoming strip's year link");
  await at(page, `?year=${Y}&view=anniversaries&${Q}`, 'the year link followed in place');
  await shown(page.locator('.anniversaries'), 'the anniversaries of the year should show');
  assert.deepEqual(await links(page, '.anniversary__what'), eventLinks(THIS_YEAR), "this year's anniversaries");
  assert.equal(await page.locator('.site-nav a[aria-current=page]').innerText(), 'Ngày kỷ niệm');
  assert.deepEqual(
    await page.locator('.site-nav a.nav__link').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    [`?year=${Y}&${Q}`, `?year=${Y}&view=anniversaries&${Q}`],
    'the nav links follow the view and keep data=',
  );

  // An anniversary opens its event in place; the address keeps the year view and the dataset.
  await click(page.locator('.anniversary__what').first(), 'the first anniversary');
  await at(page, `?event=${THIS_YEAR[0]}&year=${Y}&view=anniversaries&${Q}`, 'the anniversary opened');
  await shown(page.locator('#event-detail[open]'), 'the detail should open');
  assert.equal(await page.locator('#event-detail .detail__title').innerText(), title(THIS_YEAR[0]));
  await page.keyboard.press('Escape');
  await at(page, `?year=${Y}&view=anniversaries&${Q}`, 'the detail closed');

  // Presentation of the year's anniversaries, and back.
  await click(page.getByRole('button', { name: 'Trình chiếu', exact: true }), 'the present button');
  await at(page, `?year=${Y}&view=anniversaries&mode=present&slide=1&${Q}`, 'presenting the year');
  await shown(page.locator('.present__slide'), 'a slide should show');
  assert.equal(await page.locator('.present__slide').getAttribute('data-event-id'), THIS_YEAR[0]);
  await page.keyboard.press('Escape');
  await at(page, `?year=${Y}&view=anniversaries&${Q}`, 'presentation left');

  await click(page.locator('.site-nav a.nav__link', { hasText: 'Dòng thời gian' }), 'the timeline nav link');
  await at(page, `?year=${Y}&${Q}`, 'the timeline nav link followed in place');
  await shown(page.locator('#timeline'), 'the timeline should show');

  // Presentation of the timeline: every slide move keeps the dataset.
  await click(page.getByRole('button', { name: 'Trình chiếu', exact: true }), 'the present button');
  await at(page, `?year=${Y}&mode=present&slide=1&${Q}`, 'presenting the timeline');
  await shown(page.locator(`.present__slide[data-event-id="${IDS[0]}"]`), `the first slide should be ${IDS[0]}`);
  await page.keyboard.press('ArrowRight');
  await at(page, `?year=${Y}&mode=present&slide=2&${Q}`, 'the next slide');
  await shown(page.locator(`.present__slide[data-event-id="${IDS[1]}"]`), `the second slide should be ${IDS[1]}`);
  await page.keyboard.press('Escape');
  await at(page, `?year=${Y}&${Q}`, 'presentation left');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the copied link, the iframe code and the language switch keep data=', { timeout: TIMEOUT }, async () => {
  const { context, page } = await open(`/?${Q}`);
  await click(page.locator('#timeline [data-event-id="lk-khac"] .event__link'), 'a card');
  await at(page, `?event=lk-khac&${Q}`, 'the card opened in place');
  await shown(page.locator('#event-detail[open]'), 'the detail should open');
  await click(page.getByRole('button', { name: 'Sao chép liên kết' }), 'Sao chép liên kết');
  await shown(page.getByText('Đã sao chép liên kết'), 'the link should be copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${server.url}/?event=lk-khac&${Q}`);

  // The copied link, opened in a new page, shows the other file's event.
  const shared = watch(await context.newPage());
  await bounded(shared.goto(copied, { timeout: WAIT_MS }), 'opening the copied link');
  await ready(shared, 'the copied link');
  await shown(shared.locator('#event-detail[open]'), 'the copied link should open the event detail');
  assert.equal(await shared.locator('#event-detail .detail__title').innerText(), title('lk-khac'));
  await shared.close();

  await page.keyboard.press('Escape');
  await at(page, `?${Q}`, 'the detail closed');
  await click(page.getByRole('button', { name: 'Nhúng' }), 'Nhúng');
  await shown(page.locator('.embed-dialog[open]'), 'the embed dialog should open');
  const code = await page.locator('.embed-dialog__code').inputValue();
  const src = code.match(/^<iframe src="([^"]*)"/)?.[1];
  assert.equal(src, `${server.url}/?embed=1&amp;${Q}`, code);
  await page.keyboard.press('Escape');
  await shown(page.locator('.embed-dialog[open]'), 'the embed dialog should close', 'detached');

  // The embedded view itself: its events, its links and "view full" keep the dataset.
  const embedded = watch(await context.newPage());
  await bounded(embedded.goto(src.replaceAll('&amp;', '&'), { timeout: WAIT_MS }), 'opening the iframe src');
  await ready(embedded, 'the embedded view');
  assert.deepEqual(await links(embedded, '#timeline .event__link'), eventLinks(IDS), 'event links in the embed');
  assert.equal(await embedded.locator('.embed-footer a').getAttribute('href'), `${server.url}/?${Q}`, '"view full"');
  assert.deepEqual(embedded.problems, []);
  await embedded.close();

  // The language switch rewrites the address with lang=, keeping the dataset; links follow.
  await click(page.getByRole('button', { name: 'English' }), 'the language switch');
  await at(page, `?lang=en&${Q}`, 'switched to English');
  assert.deepEqual(
    await page.locator('.site-nav a.nav__link').evaluateAll((as) => as.map((a) => [a.textContent.trim(), a.getAttribute('href')])),
    [['Timeline', `?lang=en&${Q}`], ['Anniversaries', `?lang=en&view=anniversaries&${Q}`]],
  );
  assert.equal(await page.locator('.upcoming__all').getAttribute('href'), `?lang=en&year=${Y}&view=anniversaries&${Q}`);
  assert.deepEqual(await links(page, '#timeline .event__link'), eventLinks(IDS));
  assert.deepEqual(page.problems, []);
  await context.close();
});
