// End-to-end at scale (behaviour, not timing): a generated dataset of 10,000 events loads, only
// the part of the list near the screen is in the page, and search, filters, scrolling, the
// keyboard, the overview axis and printing still reach every event. Speed is measured by the
// benchmark (bench/), not here.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPage, settled } from './browser.mjs';
import { server, browser, repo, setUp, TIMEOUT, WAIT, until, within, pressUntil } from './harness.mjs';

const EVENTS = 10_000;
let generated = '';
let dataset;
let order = [];

setUp({
  routes: {
    '/fixtures/generated-10000.json': (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(generated);
    },
  },
});

// The first run may build the CLI: minutes on a busy machine, but never unbounded.
const CLI_TIMEOUT = Number(process.env.E2E_CLI_TIMEOUT_MS || 15 * 60_000);
const cli = (...args) =>
  execFileSync('cargo', ['run', '-q', '--locked', '-p', 'daumoc-cli', '--', ...args], {
    cwd: repo, encoding: 'utf8', maxBuffer: 256 << 20, timeout: CLI_TIMEOUT,
  });

before(() => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'daumoc-scale-')), 'events.json');
  cli('gen', '--events', String(EVENTS), '--seed', '1', '-o', file);
  generated = fs.readFileSync(file, 'utf8');
  dataset = JSON.parse(generated);
  // The order the timeline shows, as the core lays it out for the no-JS list.
  order = [...cli('export', '--to', 'html', '--fragment', file).matchAll(/<li id="dm-([^"]+)"/g)].map((m) => m[1]);
}, { timeout: 2 * CLI_TIMEOUT + TIMEOUT });

const URL_10K = '/?data=fixtures/generated-10000.json';

async function open(url = URL_10K, viewport = { width: 390, height: 844 }, shown = '#timeline [data-event-id]') {
  const page = await openPage(browser, viewport);
  await page.goto(server.url + url);
  assert.equal(await settled(page), 'ready');
  await page.waitForSelector(shown, { timeout: WAIT });
  return page;
}

const cardsInPage = (page) => page.locator('#timeline [data-event-id]').count();
const nodesInPage = (page) => page.evaluate(() => document.getElementsByTagName('*').length);
const focusOn = (page, id) =>
  until(page, `focus on the card of ${id}`, (id) => document.activeElement?.closest('[data-event-id]')?.dataset.eventId === id, id);
const onScreen = (page, id) =>
  until(page, `the card of ${id} on screen`, (id) => {
    const el = document.querySelector(`#timeline [data-event-id="${id}"]`);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  }, id);

test('10,000 generated events load, counted in full, with far fewer cards in the page', { timeout: TIMEOUT }, async () => {
  assert.equal(order.length, EVENTS, 'the CLI lists every generated event');
  const page = await open();
  assert.match(await page.locator('.result-count').innerText(), new RegExp(`^${EVENTS} / ${EVENTS} `));
  const cards = await cardsInPage(page);
  assert.ok(cards > 0 && cards < 100, `${cards} cards in the page`);
  const nodes = await nodesInPage(page);
  assert.ok(nodes < 2000, `${nodes} elements in the page`);
  // The page is as long as the whole list would be, so the scrollbar tells where one is.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height > EVENTS * 80, `page height ${height}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('search finds a known event among 10,000, by its title without diacritics', { timeout: TIMEOUT }, async () => {
  const titles = new Map();
  for (const e of dataset.events) titles.set(e.title.vi, (titles.get(e.title.vi) ?? 0) + 1);
  const known = dataset.events.slice(EVENTS / 2).find((e) => titles.get(e.title.vi) === 1);
  assert.ok(known, 'a generated event with a unique title');
  const folded = known.title.vi.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
  const page = await open();
  await page.locator('input[type=search]').fill(folded);
  await onScreen(page, known.id);
  assert.ok((await cardsInPage(page)) < 100);
  await page.close();
});

test('scrolling to the end shows the last event; End and Home reach both ends by keyboard', { timeout: TIMEOUT }, async () => {
  const page = await open();
  const last = order.at(-1);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  // Rows measured on the way may change the length: follow the end until the last card shows.
  await until(page, `the last card (${last}) on screen after scrolling to the end`, (id) => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    const el = document.querySelector(`#timeline [data-event-id="${id}"]`);
    return el && el.getBoundingClientRect().top < innerHeight;
  }, last, { polling: 'raf' });
  assert.ok((await cardsInPage(page)) < 100);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator(`[data-event-id="${order[0]}"] .event__link`).focus();
  await page.keyboard.press('End');
  await focusOn(page, last);
  await page.keyboard.press('Home');
  await focusOn(page, order[0]);
  await page.keyboard.press('ArrowDown');
  await focusOn(page, order[1]);
  await page.close();
});

test('scrolling through the middle keeps cards in the page in time order, and few of them', { timeout: TIMEOUT }, async () => {
  const page = await open('/?data=fixtures/generated-10000.json', { width: 1280, height: 800 });
  for (const fraction of [0.25, 0.5, 0.75]) {
    await page.evaluate((f) => window.scrollTo(0, document.documentElement.scrollHeight * f), fraction);
    await until(page, `a card on screen at ${fraction * 100} % of the page`, () => [...document.querySelectorAll('#timeline [data-event-id]')].some((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight;
    }));
    const ids = await page.locator('#timeline [data-event-id]').evaluateAll((els) => els.map((e) => e.dataset.eventId));
    const indices = ids.map((id) => order.indexOf(id));
    assert.ok(indices.every((i, k) => i >= 0 && (k === 0 || i === indices[k - 1] + 1)), `contiguous at ${fraction}`);
    assert.ok(ids.length < 100);
  }
  await page.close();
});

test('searching from the sticky search bar keeps the reader at the same point in time', { timeout: TIMEOUT }, async () => {
  // On phones the search bar stays at the top of the screen while one reads far down the list.
  const page = await open();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.4));
  const firstBelowBar = () => within(page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
    const bar = document.querySelector('.filters').getBoundingClientRect();
    const cover = bar.top <= 1 ? Math.max(0, bar.bottom) : 0;
    const el = [...document.querySelectorAll('#timeline [data-event-id]')].find((e) => e.getBoundingClientRect().bottom > cover);
    resolve(el && { id: el.dataset.eventId, top: el.getBoundingClientRect().top, cover });
  })))), WAIT, 'two animation frames');
  const anchor = await firstBelowBar();
  assert.ok(anchor && anchor.cover > 0, 'a card below the stuck search bar');
  const title = dataset.events.find((e) => e.id === anchor.id).title.vi;
  const word = title.split(' ').sort((a, b) => b.length - a.length)[0];
  await page.locator('input[type=search]').fill(word);
  await until(page, `q=${word} in the URL`, (word) => new URL(location.href).searchParams.get('q') === word, word);
  await until(page, `the card of ${anchor.id} back at ${anchor.top} px`, ({ id, top }) => {
    const el = document.querySelector(`#timeline [data-event-id="${id}"]`);
    return el && Math.abs(el.getBoundingClientRect().top - top) < 2;
  }, anchor);
  assert.match(await page.locator('.result-count').innerText(), new RegExp(`^\\d+ / ${EVENTS} `));
  await page.close();
});

test('Ctrl+F goes to the search box when only part of the list is in the page', { timeout: TIMEOUT }, async () => {
  const page = await open();
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('Control+f');
  assert.equal(await page.evaluate(() => document.activeElement?.type), 'search');
  await page.close();
});

test('the overview axis jumps to a year that is not yet in the page', { timeout: TIMEOUT }, async () => {
  const page = await open('/?data=fixtures/generated-10000.json', { width: 1280, height: 800 });
  const years = [...new Set(order.map((id) => dataset.events.find((e) => e.id === id)).map((e) => e.date.slice(0, 4)).filter((y) => /^\d{4}$/.test(y)))];
  const target = years[Math.floor(years.length * 0.7)];
  assert.equal(await page.locator(`#year-${target}`).count(), 0, 'not rendered before the jump');
  await page.evaluate((y) => document.querySelector('.axis').scrollIntoView(), target);
  const track = page.locator('.axis__track');
  await track.focus();
  // Move the axis cursor with the keyboard to the year, then jump (Enter).
  await page.keyboard.press('Home');
  const home = Number(await track.getAttribute('aria-valuenow'));
  await pressUntil(page, 'ArrowRight', async () => (await track.getAttribute('aria-valuenow')) === target,
    { max: Number(target) - home, what: `the year ${target} on the axis (one year a press from ${home})` });
  await page.keyboard.press('Enter');
  await until(page, `the ${target} heading on screen`, (y) => {
    const h = document.querySelector(`#year-${y} .year__heading`);
    return h && h.getBoundingClientRect().top < innerHeight && h.getBoundingClientRect().bottom > 0;
  }, target);
  await page.close();
});

test('printing puts every filtered event in the page, and only then', { timeout: TIMEOUT }, async () => {
  const page = await open('/?data=fixtures/generated-10000.json&cat=meeting', { width: 1280, height: 800 });
  const total = dataset.events.filter((e) => e.category === 'meeting').length;
  assert.ok(total > 400, `${total} meetings`);
  assert.ok((await cardsInPage(page)) < 100);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await until(page, `all ${total} meetings in the page for printing`, (n) => document.querySelectorAll('#timeline [data-event-id]').length === n, total);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await until(page, 'fewer than 100 cards after printing', () => document.querySelectorAll('#timeline [data-event-id]').length < 100);
  await page.close();
});

test('closing an event opened by its link puts focus on its card, deep in the list', { timeout: TIMEOUT }, async () => {
  const id = order[Math.floor(EVENTS * 0.6)];
  const page = await open(`${URL_10K}&event=${id}`);
  await page.waitForSelector('#event-detail[open]', { timeout: WAIT });
  assert.equal(await page.locator(`#timeline [data-event-id="${id}"]`).count(), 0, 'not in the page behind the dialog');
  await page.keyboard.press('Escape');
  await focusOn(page, id);
  await onScreen(page, id);
  await page.close();
});

test('a year with hundreds of anniversaries lists them a hundred at a time, all of them in print', { timeout: TIMEOUT }, async () => {
  const page = await open(`${URL_10K}&view=anniversaries&year=2020`, { width: 1280, height: 800 }, '.anniversary');
  const lines = () => page.locator('.anniversary').count();
  assert.equal(await lines(), 100);
  const more = page.locator('.anniversaries__more');
  const remaining = Number((await more.innerText()).match(/\d+/)[0]);
  assert.ok(remaining > 100, `${remaining} more`);
  await more.click();
  await until(page, '200 anniversaries after "show more"', () => document.querySelectorAll('.anniversary').length === 200);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await until(page, `all ${100 + remaining} anniversaries for printing`, (n) => document.querySelectorAll('.anniversary').length === n, 100 + remaining);
  assert.equal(await more.count(), 0);
  await page.close();
});

test('collapsed filter groups are built when opened, and then filter', { timeout: TIMEOUT }, async () => {
  const page = await open(URL_10K, { width: 1280, height: 800 });
  const periods = page.locator('details.filters__more').first();
  assert.equal(await periods.locator('.chip').count(), 0, 'nothing built while collapsed');
  await periods.locator('summary').click();
  const decade = periods.getByRole('button', { name: /^Thập niên 1950 \d+$/ });
  const count = Number((await decade.innerText()).match(/(\d+)$/)[1]);
  await decade.click();
  await until(page, 'from=1950 in the URL', () => new URL(location.href).searchParams.get('from') === '1950');
  // Events that began earlier and last into the 1950s are part of the decade too.
  assert.match(await page.locator('.result-count').innerText(), new RegExp(`^${count} / ${EVENTS} `));
  const years = await page.locator('#timeline .year[data-year]').evaluateAll((els) => els.map((e) => Number(e.dataset.year)));
  assert.ok(years.length > 0 && years.every((y) => y <= 1959), years.join());
  await page.close();
});
