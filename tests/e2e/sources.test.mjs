// End-to-end: several dataset files listed in an index (data/index.json, or an index given by
// ?data=) load in parallel and show as one timeline in time order; a broken file gets a notice
// naming it while the others' events show; each event's detail names its file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openPage, settled } from './browser.mjs';
import { server, browser, dataset, repo, setUp, TIMEOUT } from './harness.mjs';

setUp();

const fixture = async (name) => JSON.parse(await fs.readFile(path.join(repo, 'tests/fixtures/multi', name), 'utf8'));

async function open(url) {
  const page = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(server.url + url);
  const state = await settled(page);
  return { page, state };
}
const ids = (page) => page.locator('#timeline [data-event-id]').evaluateAll((els) => els.map((e) => e.dataset.eventId));
const requested = (suffix) => server.requests.filter((r) => r.split('?')[0] === suffix).length;

test('the files of an index show merged in time order, the broken one named in a notice', { timeout: TIMEOUT }, async () => {
  const files = ['quoc-gia.json', 'tinh.json', 'so-hong.json'];
  const before = files.map((file) => requested(`/fixtures/multi/${file}`));
  const { page, state } = await open('/?data=fixtures/multi/index.json&lang=en');
  assert.equal(state, 'ready');
  // Both good files, by date; on the same date (1975) in the order the index lists the files.
  assert.deepEqual(await ids(page), ['thu-qg-1930', 'thu-tinh-1940', 'thu-qg-1975', 'thu-tinh-1975', 'thu-qg-2000', 'thu-tinh-2020']);
  const good = [...(await fixture('quoc-gia.json')).events, ...(await fixture('tinh.json')).events];
  assert.equal(await page.locator('#timeline [data-event-id]').count(), good.length);
  assert.equal(await page.title(), 'Multi-file fixture', "the index's own title");

  const notice = page.locator('.source-notice');
  assert.equal(await notice.getAttribute('role'), 'status');
  const text = await notice.innerText();
  assert.match(text, /1 data file could not be loaded; the events of the other files still show/);
  assert.match(text, /Test file: department \(broken\): http:\/\/127\.0\.0\.1:\d+\/fixtures\/multi\/so-hong\.json: The file is not valid JSON \(line 5, column \d+\)/);
  assert.doesNotMatch(text, /quoc-gia|tinh\.json/, 'only the broken file is named');
  files.forEach((file, i) => assert.equal(requested(`/fixtures/multi/${file}`), before[i] + 1, `${file} fetched once`));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("an event's detail names the file it comes from, in the current language", { timeout: TIMEOUT }, async () => {
  const { page } = await open('/?data=fixtures/multi/index.json&event=thu-tinh-1940&lang=en');
  await page.locator('#event-detail[open]').waitFor();
  const facts = page.locator('#event-detail .detail__facts');
  assert.match(await facts.innerText(), /Data file\s+Test file: provincial/);
  await page.keyboard.press('Escape');
  await page.locator('#event-detail:not([open])').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.locator('[data-event-id="thu-qg-1975"] .event__link').click();
  await page.locator('#event-detail[open]').waitFor();
  assert.match(await page.locator('#event-detail .detail__origin').innerText(), /^Tệp thử: trung ương$/);
  await page.close();
});

test('the bundled app loads through data/index.json, with no notice and no origin for one file', { timeout: TIMEOUT }, async () => {
  const before = requested('/data/index.json');
  const { page, state } = await open('/?event=khoi-nghia-bac-son');
  assert.equal(state, 'ready');
  assert.ok(requested('/data/index.json') > before, 'the index was requested');
  assert.ok(requested('/data/events.json') > 0, 'and the file it lists');
  assert.equal(await page.locator('#timeline [data-event-id]').count(), dataset.events.length);
  assert.equal(await page.locator('.source-notice, .data-notice').count(), 0);
  await page.locator('#event-detail[open]').waitFor();
  assert.equal(await page.locator('#event-detail .detail__origin').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('under a sub-path the index and its files are fetched relative to the page', { timeout: TIMEOUT }, async () => {
  let { page, state } = await open('/dau-moc/');
  assert.equal(state, 'ready');
  assert.ok(requested('/dau-moc/data/index.json') > 0);
  assert.ok(requested('/dau-moc/data/events.json') > 0);
  await page.close();
  const before = requested('/dau-moc/fixtures/multi/tinh.json');
  ({ page, state } = await open('/dau-moc/?data=fixtures/multi/index.json'));
  assert.equal(state, 'ready');
  assert.equal(requested('/dau-moc/fixtures/multi/tinh.json'), before + 1);
  assert.equal(await page.locator('#timeline [data-event-id]').count(), 6);
  await page.close();
});

test('when every listed file fails, the error view lists each with its reason and a retry', { timeout: TIMEOUT }, async () => {
  const { page, state } = await open('/?data=fixtures/multi/all-fail.json&lang=en');
  assert.equal(state, 'error');
  const alert = page.locator('[role=alert]');
  assert.match(await alert.innerText(), /None of the data files listed in .*fixtures\/multi\/all-fail\.json could be loaded/);
  const items = await alert.locator('li').allInnerTexts();
  assert.equal(items.length, 2);
  assert.match(items[0], /^Test file: missing: The server answered 404 for .*fixtures\/multi\/khong-co\.json$/);
  assert.match(items[1], /^Test file: department \(broken\): .*so-hong\.json: The file is not valid JSON/);
  assert.ok(await page.getByRole('button', { name: 'Try again' }).isVisible());
  await page.close();
});

test('an index with a path leaving its folder is refused before anything is fetched', { timeout: TIMEOUT }, async () => {
  const before = requested('/fixtures/partly-invalid.json');
  const { page, state } = await open('/?data=fixtures/multi/unsafe.json&lang=en');
  assert.equal(state, 'error');
  assert.match(await page.locator('[role=alert]').innerText(),
    /fixtures\/multi\/unsafe\.json: the list of data files is not valid: files\[0\]\.file: the path "\.\.\/partly-invalid\.json" is refused/);
  assert.equal(requested('/fixtures/partly-invalid.json'), before);
  await page.close();
});
