// Screens few visitors open on a first visit are WebAssembly chunks of their own (src/chunks.rs,
// scripts/split-wasm.mjs): an event's detail, the anniversaries, the presentation, a teacher's
// lesson tray, the notices, a phone's folded filter groups; and so is writing the calendar file.
// As a visitor: the first screen never waits for them, the detail's (and on a phone the filter
// groups') is fetched at the first press, key or scroll once the app is ready, a shared link to a
// split screen asks for its chunk with the data, a wide screen shows the filter groups in place,
// and a chunk that cannot come says so and can be tried again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { server, browser, dataset, setUp, TIMEOUT, newContext, until } from './harness.mjs';
import { settled } from './browser.mjs';

setUp();

/** The build's map of split screens to the chunk files each loads, from the page's early script. */
async function chunkMap() {
  const html = await (await fetch(`${server.url}/`)).text();
  const map = html.match(/var chunks = (\{[^;]*\});/);
  assert.ok(map, 'the early script names each split screen\'s chunk files');
  const chunks = JSON.parse(map[1]);
  assert.deepEqual(Object.keys(chunks).sort(), ['anniversaries', 'calendar', 'detail', 'filters', 'lesson', 'notices', 'presentation']);
  for (const files of Object.values(chunks)) {
    assert.ok(files.length >= 1 && files.every((f) => /^(split|chunk)_\w+-[0-9a-f]{16}\.wasm$/.test(f)), `hashed chunk names: ${files}`);
  }
  return chunks;
}

/** A phone-sized page; `setup` runs on the context before the page opens. */
async function phone(url, setup = async () => {}) {
  const context = await newContext(browser, { viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  await setup(context);
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => m.type() === 'error' && page.problems.push(m.text()));
  page.on('pageerror', (e) => page.problems.push(String(e)));
  await page.goto(server.url + url);
  return { page, close: () => context.close() };
}

/** The .wasm files the page has fetched so far (file names), in order. */
const fetchedWasm = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .map((r) => new URL(r.name).pathname.split('/').pop()).filter((f) => f.endsWith('.wasm')));

/** The chunk files the page was asked to preload (file names). */
const preloadedChunks = (page) => page.evaluate(() => [...document.querySelectorAll('link[rel=preload]')]
  .map((l) => new URL(l.href).pathname.split('/').pop()).filter((f) => /^(split|chunk)_/.test(f)).sort());

test('the first screen loads no chunk; the detail\'s comes at the first key, the anniversaries\' when opened', { timeout: TIMEOUT }, async () => {
  const chunks = await chunkMap();
  const { page, close } = await phone('/');
  assert.equal(await settled(page), 'ready');
  const loaded = await fetchedWasm(page);
  assert.equal(loaded.length, 1, `only the main module while the visitor has not touched the page: ${loaded}`);
  assert.match(loaded[0], /^daumoc-[0-9a-f]{16}_bg\.wasm$/);
  assert.deepEqual(await preloadedChunks(page), [], 'the default view preloads no chunk');

  // The visitor's first key (or press, or scroll) fetches the detail's chunk, and on a phone the
  // folded filter groups'.
  const warmed = [...new Set([...chunks.detail, ...chunks.filters])].sort();
  await page.keyboard.press('Shift');
  await until(page, 'the detail\'s and the filter groups\' chunk files to be fetched after the first key', (files) => {
    const names = performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname.split('/').pop());
    return files.every((f) => names.includes(f));
  }, warmed);
  const fetched = await fetchedWasm(page);
  assert.deepEqual(fetched.slice(1).sort(), warmed, 'then only the detail\'s and the filter groups\' chunk files');

  // An event opens at once: its chunk is in.
  await page.locator('#timeline [data-event-id] a').first().click();
  await until(page, 'the detail dialog to open', () => document.querySelector('dialog.detail[open]') !== null);
  assert.equal(await page.locator('.chunk').count(), 0, 'no loading bar once the chunk is in');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Ngày kỷ niệm' }).first().click();
  await until(page, 'the anniversaries screen', () => document.querySelector('.anniversaries .anniversary') !== null);
  const after = await fetchedWasm(page);
  for (const file of chunks.anniversaries) assert.ok(after.includes(file), `${file} is fetched when the anniversaries open`);
  for (const screen of ['presentation', 'calendar', 'lesson', 'notices']) {
    for (const file of chunks[screen].filter((f) => !warmed.includes(f) && !chunks.anniversaries.includes(f))) {
      assert.ok(!after.includes(file), `${file} (the ${screen}'s) is not fetched`);
    }
  }
  assert.deepEqual(page.problems, []);
  await close();
});

test('a key that types leaves the chunk requests to idle moments; a press asks for every one left at once', { timeout: TIMEOUT }, async () => {
  const chunks = await chunkMap();
  const warmed = [...new Set([...chunks.detail, ...chunks.filters])].sort();
  const { page, close } = await phone('/');
  assert.equal(await settled(page), 'ready');
  // Each step inside one task: an idle callback cannot run between the event and the count.
  const afterKey = await page.evaluate(() => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    return document.querySelectorAll('link[rel=preload][href*="chunk_"], link[rel=preload][href*="split_"]').length;
  });
  assert.equal(afterKey, 0, 'no request while the key that types is handled');
  await page.evaluate(() => document.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })));
  assert.deepEqual(await preloadedChunks(page), warmed, 'a press asks for all of them at once');
  assert.deepEqual(page.problems, []);
  await close();
});

test('a shared link to a split screen asks for its chunk files with the data', { timeout: TIMEOUT }, async () => {
  const chunks = await chunkMap();
  const id = dataset.events.find((e) => e.id).id;
  for (const [url, screen, shown] of [
    [`/?event=${id}`, 'detail', () => document.querySelector('dialog.detail[open]') !== null],
    ['/?view=Anniversaries', 'anniversaries', () => document.querySelector('.anniversaries') !== null],
    ['/?mode=Present', 'presentation', () => document.querySelector('.present__text, .present__empty') !== null],
    [`/?ids=${id}`, 'lesson', () => document.querySelector('.lesson .lesson__item') !== null],
    // Embedded, the tray is not shown, so its chunk is not asked for (and the app reads "true" as "1").
    [`/?ids=${id}&embed=true`, 'none', () => document.querySelector('.embed-footer') !== null],
  ]) {
    const { page, close } = await phone(url);
    const files = chunks[screen] ?? [];
    await until(page, `${url}: its chunk files preloaded`, (n) => document.querySelectorAll('link[rel=preload][href*="split_"], link[rel=preload][href*="chunk_"]').length >= n, files.length);
    await until(page, `${url}: its screen`, shown);
    // Checked once the screen shows: by then the early script has asked for the data, and the chunks with it.
    assert.deepEqual(await preloadedChunks(page), [...files].sort(), `${url}: exactly the ${screen} screen's files`);
    // Each file once: the loader uses the preload.
    const fetched = await fetchedWasm(page);
    for (const file of files) assert.equal(fetched.filter((f) => f === file).length, 1, `${url}: ${file} fetched once`);
    assert.deepEqual(page.problems, [], url);
    await close();
  }
});

test('the filter groups: a wide screen asks for their chunk with the data and shows them in place; a phone builds them when its panel opens', { timeout: TIMEOUT }, async () => {
  const chunks = await chunkMap();
  const context = await newContext(browser, { viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  // The main module is held back until the copy's chip is measured, so the app cannot take over first.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(server.url + '/', { waitUntil: 'commit' });
  await until(page, 'the pre-rendered category chips', () => document.querySelector('#prerender #pr-filter-panel .chip') !== null);
  const before = await page.locator('#prerender #pr-filter-panel .chip').first().boundingBox();
  release();
  assert.equal(await settled(page), 'ready');
  assert.deepEqual(await preloadedChunks(page), [...chunks.filters].sort(), 'a wide screen preloads the filter groups\' files');
  assert.equal(await page.locator('#filter-panel .chunk').count(), 0, 'the app is shown with its groups, never a loading line');
  const after = await page.locator('#filter-panel .chip').first().boundingBox();
  assert.ok(Math.abs(after.y - before.y) <= 1 && Math.abs(after.x - before.x) <= 1, `the first chip stays in place: ${JSON.stringify([before, after])}`);
  await page.locator('#filter-panel .chip').first().click();
  await until(page, 'the first category chosen', () => /[?&]cat=/.test(location.search));
  assert.deepEqual(problems, []);
  await context.close();

  // A phone: the panel is folded, so the groups wait for it to open.
  const { page: phonePage, close } = await phone('/');
  assert.equal(await settled(phonePage), 'ready');
  assert.equal(await phonePage.locator('#filter-panel .chip').count(), 0, 'no groups built while the panel is folded');
  await phonePage.locator('.filters__toggle').click();
  await until(phonePage, 'the category chips in the opened panel', () => document.querySelectorAll('#filter-panel.is-open .chips .chip').length >= 2);
  const names = await fetchedWasm(phonePage);
  for (const file of chunks.filters) assert.ok(names.includes(file), `${file} is fetched`);
  assert.deepEqual(phonePage.problems, []);
  await close();
});

test('a wide screen without the pre-rendered copy (?lang=en) shows the timeline only once the filter groups above it are in: nothing moves', { timeout: TIMEOUT }, async () => {
  const context = await newContext(browser, { viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value)))
      .observe({ type: 'layout-shift', buffered: true });
  });
  // The filter groups' chunk is held back until the app has built the panel around it.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/split_filters-[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(server.url + '/?lang=en', { waitUntil: 'commit' });
  await until(page, 'the filter panel waiting for its groups', () => document.querySelector('#app #filter-panel .chunk--loading') !== null);
  assert.equal(await page.locator('#app .event').count(), 0, 'no card while the groups above the timeline are still to come');
  release();
  assert.equal(await settled(page), 'ready');
  assert.ok(await page.locator('#filter-panel .chip').count() >= 2, 'the groups are in');
  assert.ok(await page.locator('#timeline .event').count() >= 1, 'and the timeline under them');
  assert.deepEqual(await page.evaluate(() => window.shifts), [], 'no layout shift');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a chunk that cannot load says so, and the screen comes when tried again', { timeout: TIMEOUT }, async () => {
  let blocked = true;
  const { page, close } = await phone('/?view=anniversaries', (context) =>
    context.route(/\/split_anniversaries-[0-9a-f]{16}\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue())));
  assert.equal(await settled(page), 'ready', 'the rest of the app starts');
  await until(page, 'the failure bar', () => document.querySelector('.chunk--failed[role=alert]') !== null);
  assert.equal(await page.locator('.chunk--failed p').textContent(),
    'Không tải được phần này của trang. Hãy kiểm tra kết nối mạng rồi thử lại.');
  assert.equal(await page.locator('.anniversaries').count(), 0);
  assert.ok(await page.locator('#search-input').isVisible(), 'the header and search still work');
  blocked = false;
  await page.locator('.chunk--failed button').click();
  await until(page, 'the anniversaries screen after trying again', () => document.querySelector('.anniversaries .anniversary') !== null);
  assert.equal(await page.locator('.chunk').count(), 0, 'the bar is gone');
  // The splitter's loader reports the failed fetch on the console; nothing else went wrong.
  assert.ok(page.problems.length >= 1 && page.problems.every((p) => /fetch|network|Failed|ERR_/i.test(p)), page.problems.join('\n'));
  await close();
});

test('the calendar file is written by its chunk at the first press; if it cannot come, trying again downloads it', { timeout: TIMEOUT }, async () => {
  const chunks = await chunkMap();
  let blocked = true;
  const { page, close } = await phone('/?cat=document', (context) =>
    context.route(/\/split_calendar-[0-9a-f]{16}\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue())));
  assert.equal(await settled(page), 'ready');
  await page.locator('.filters__toggle').click(); // the phone's filter panel holds the button
  await page.getByRole('button', { name: 'Tải lịch (.ics)' }).click();
  await until(page, 'the failure bar', () => document.querySelector('.chunk--failed[role=alert]') !== null);
  assert.ok(await page.locator('#search-input').isVisible(), 'the rest of the page still works');
  blocked = false;
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: TIMEOUT / 2 }),
    page.locator('.chunk--failed button').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'dau-moc-su-kien.ics');
  assert.equal(await page.locator('.chunk').count(), 0, 'the bar is gone');
  const fetched = await fetchedWasm(page);
  for (const file of chunks.calendar) assert.ok(fetched.includes(file), `${file} is fetched`);
  assert.ok(page.problems.length >= 1 && page.problems.every((p) => /fetch|network|Failed|ERR_/i.test(p)), page.problems.join('\n'));
  await close();
});
