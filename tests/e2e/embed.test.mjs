// End-to-end: the app embedded in a newsroom's article, on another origin, as readers meet it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch, openPage, settled, until } from './browser.mjs';
import { TIMEOUT } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
let app, host, browser, dataset;

before(async () => {
  app = await serve({ dist: path.join(repo, 'dist'), fixtures: path.join(repo, 'tests/fixtures') });
  // The newsroom's page is not ours: no policy of ours applies to it.
  host = await serve({ dist: path.join(here, 'host'), fixtures: path.join(repo, 'tests/fixtures'), csp: false });
  browser = await launch();
  dataset = JSON.parse(await fs.readFile(path.join(repo, 'public/data/events.json'), 'utf8'));
}, { timeout: TIMEOUT });
after(async () => { await browser?.close(); await app?.close(); await host?.close(); }, { timeout: TIMEOUT });

async function article(preset, extra = '') {
  const page = await openPage(browser, { width: 800, height: 900 });
  const url = `${host.url}/host.html?app=${encodeURIComponent(app.url + '/')}&preset=${encodeURIComponent(preset)}${extra}`;
  await page.goto(url);
  const frame = page.frameLocator('iframe');
  await frame.locator('html[data-state=ready]').waitFor({ state: 'attached' });
  return { page, frame, url };
}
const frameHeight = (page) => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (page) => page.frames()[1].evaluate(() => document.documentElement.getBoundingClientRect().height);

test('the frame grows to fit its content, and URL presets apply', { timeout: TIMEOUT }, async () => {
  const { page, frame } = await article('embed=1&cat=history&lang=en');
  await until(page, 'the frame to grow past 400 px', () => document.querySelector('iframe').getBoundingClientRect().height > 400);
  assert.ok(Math.abs((await frameHeight(page)) - (await contentHeight(page))) <= 2, 'frame height = content height');
  const ids = await frame.locator('#timeline [data-event-id]').evaluateAll((els) => els.map((e) => e.dataset.eventId));
  assert.deepEqual(ids.sort(), dataset.events.filter((e) => e.category === 'history').map((e) => e.id).sort());
  const history = dataset.events.filter((e) => e.category === 'history').length;
  assert.equal(await frame.locator('.result-count').innerText(), `${history} / ${dataset.events.length} events`);
  assert.equal(await frame.locator('.site-header').count(), 0, 'no site header in the embed');
  const full = frame.locator('.embed-footer a');
  assert.equal(await full.getAttribute('target'), '_blank');
  assert.equal(await full.getAttribute('rel'), 'noopener');
  assert.doesNotMatch(await full.getAttribute('href'), /embed=/);
  assert.match(await full.getAttribute('href'), /cat=history/);
  await page.close();
});

test('the frame follows the content when it shrinks, and posts pym.js and Datawrapper messages too', { timeout: TIMEOUT }, async () => {
  const { page, frame } = await article('embed=1');
  await until(page, 'the frame to grow past 1000 px', () => document.querySelector('iframe').getBoundingClientRect().height > 1000);
  const tall = await frameHeight(page);
  await frame.locator('input[type=search]').fill('bac son');
  await until(page, `the frame to shrink by 500 px from ${tall} px`, (tall) => document.querySelector('iframe').getBoundingClientRect().height < tall - 500, tall);
  assert.ok(Math.abs((await frameHeight(page)) - (await contentHeight(page))) <= 2);
  const messages = await page.evaluate(() => window.messages);
  assert.ok(messages.some((m) => typeof m === 'string' && /^pymxPYMx.+xPYMxheightxPYMx\d+$/.test(m)), 'pym.js message');
  assert.ok(messages.some((m) => m && typeof m === 'object' && m['datawrapper-height']), 'Datawrapper message');
  await page.close();
});

test('a deep link opens the event inside the frame; the host page never navigates', { timeout: TIMEOUT }, async () => {
  const { page, frame, url } = await article('embed=1&event=khoi-nghia-bac-son');
  await frame.locator('#event-detail[open]').waitFor();
  assert.match(await frame.locator('#event-detail').innerText(), /Khởi nghĩa Bắc Sơn/);
  await frame.locator('#event-detail .detail__close').click();
  await frame.locator('[data-event-id="giai-phong-lang-son"] .event__link').click();
  await frame.locator('#event-detail[open]').waitFor();
  assert.equal(page.url(), url, 'the host page URL is unchanged');
  await page.close();
});

test('the embed does not capture the host page keys', { timeout: TIMEOUT }, async () => {
  const { page, frame } = await article('embed=1');
  await page.locator('#after').click();
  await page.keyboard.press('/');
  assert.deepEqual(await page.evaluate(() => window.hostKeys), ['/']);
  const focusedInFrame = await page.frames()[1].evaluate(() => document.activeElement?.type ?? null);
  assert.notEqual(focusedInFrame, 'search');
  await page.close();
});

test('the Nhúng dialog writes the iframe code of the current view', { timeout: TIMEOUT }, async () => {
  const page = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(`${app.url}/?cat=congress&q=dai+hoi`);
  assert.equal(await settled(page), 'ready');
  await page.getByRole('button', { name: 'Nhúng' }).click();
  const code = await page.locator('.embed-dialog__code').inputValue();
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?q=dai\+hoi&amp;cat=congress&amp;embed=1"/);
  assert.match(code, /title="Dòng thời gian: Dấu mốc Lạng Sơn"/);
  assert.match(code, /loading="lazy"/);
  assert.match(code, /allow="fullscreen"/);
  assert.match(code, /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/);
  await page.close();
});
