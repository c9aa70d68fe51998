// End-to-end: the release build served on 127.0.0.1, opened in headless Chromium as a visitor would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openPage, settled } from './browser.mjs';
import { server, browser, dataset, repo, artifacts, setUp, TIMEOUT, WAIT, newContext, until, within } from './harness.mjs';

setUp();

async function open(url, viewport) {
  const page = await openPage(browser, viewport);
  await page.goto(server.url + url);
  const state = await settled(page);
  return { page, state };
}

test('the bundled dataset shows every event, with the Bắc Sơn uprising and its date', { timeout: TIMEOUT }, async () => {
  const { page, state } = await open('/');
  assert.equal(state, 'ready');
  const card = page.locator('[data-event-id="khoi-nghia-bac-son"]');
  assert.match(await card.innerText(), /27\/9\/1940/);
  assert.match(await card.innerText(), /Khởi nghĩa Bắc Sơn/);
  assert.equal(await page.locator('#timeline [data-event-id]').count(), dataset.events.length);
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  assert.equal(await page.title(), 'Dấu mốc Lạng Sơn');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('years read oldest first, with recurring observances last', { timeout: TIMEOUT }, async () => {
  const { page } = await open('/');
  const headings = await page.locator('.year__heading').allInnerTexts();
  const years = headings.filter((h) => /^\d{4}$/.test(h)).map(Number);
  assert.deepEqual(years, [...years].sort((a, b) => a - b));
  assert.equal(years[0], 1890);
  assert.equal(headings.at(-1), 'Hằng năm');
  await page.close();
});

test('the same build works under a sub-path', { timeout: TIMEOUT }, async () => {
  const { page, state } = await open('/dau-moc/');
  assert.equal(state, 'ready');
  assert.match(await page.locator('[data-event-id="khoi-nghia-bac-son"]').innerText(), /27\/9\/1940/);
  assert.ok(server.requests.includes('/dau-moc/data/events.json'), 'dataset fetched relative to the sub-path');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a broken dataset gives the error state with a readable message and a retry button', { timeout: TIMEOUT }, async () => {
  const { page, state } = await open('/?data=fixtures/broken.json');
  assert.equal(state, 'error');
  const alert = await page.locator('[role=alert]').innerText();
  assert.match(alert, /Không tải được dữ liệu/);
  // The parser's words once, without its own "at line … column …" after the message's place.
  assert.match(alert, /fixtures\/broken\.json: Tệp không phải JSON hợp lệ \(dòng 1, cột \d+\): EOF while parsing a value$/m);
  assert.ok(await page.getByRole('button', { name: 'Thử lại' }).isVisible());
  await page.close();
});

test('retry fetches the dataset again', { timeout: TIMEOUT }, async () => {
  const { page } = await open('/?data=fixtures/broken.json');
  const before = server.requests.filter((r) => r === '/fixtures/broken.json').length;
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await until(page, 'the error state again after the retry', () => document.documentElement.dataset.state === 'error');
  await page.locator('[role=alert]').waitFor();
  const afterCount = server.requests.filter((r) => r === '/fixtures/broken.json').length;
  assert.equal(afterCount, before + 1);
  await page.close();
});

test('a missing file and a newer format version are explained', { timeout: TIMEOUT }, async () => {
  let { page } = await open('/?data=fixtures/nope.json');
  assert.match(await page.locator('[role=alert]').innerText(), /404/);
  await page.close();
  ({ page } = await open('/?data=fixtures/future-version.json&lang=en'));
  assert.match(await page.locator('[role=alert]').innerText(), /format version 7; this app reads up to version 1/);
  await page.close();
});

test('a data URL of another site is refused without fetching it', { timeout: TIMEOUT }, async () => {
  const { page, state } = await open('/?data=https://example.org/events.json');
  assert.equal(state, 'error');
  assert.match(await page.locator('[role=alert]').innerText(), /không phải địa chỉ trên cùng trang web/);
  await page.close();
});

test('invalid events are skipped with a notice, every valid event still shows', { timeout: TIMEOUT }, async () => {
  const { page, state } = await open('/?data=fixtures/partly-invalid.json');
  assert.equal(state, 'ready');
  const ids = await page.locator('#timeline [data-event-id]').evaluateAll((els) => els.map((e) => e.dataset.eventId));
  assert.deepEqual(ids, ['hop-le', 'hop-le-2']);
  const notice = await page.locator('.data-notice').innerText();
  assert.match(notice, /2 sự kiện bị bỏ qua/);
  assert.match(notice, /events\[1\]\.date \(ngay-sai\)/);
  assert.match(notice, /events\[2\]\.category \(loai-la\)/);
  await page.close();
});

test('dataset text is shown as text, never run as markup or script', { timeout: TIMEOUT }, async () => {
  const { page, state } = await open('/?data=fixtures/hostile.json');
  assert.equal(state, 'ready');
  const card = page.locator('[data-event-id="markup"]');
  assert.match(await card.innerText(), /<img src=x onerror=/);
  assert.equal(await card.locator('img, b, script').count(), 0);
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.every((h) => h.startsWith('?') || h.startsWith('#') || h.startsWith('http')), hrefs.join(' '));
  await card.locator('.event__link').click();
  await page.locator('#event-detail[open]').waitFor();
  assert.match(await page.locator('#event-detail').innerText(), /<script>document/);
  assert.equal(await page.locator('#event-detail a[href^="javascript"], #event-detail script').count(), 0);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.pwned), undefined);
  await page.close();
});

test('English by lang=en, and the language switch', { timeout: TIMEOUT }, async () => {
  const { page } = await open('/?lang=en');
  const card = page.locator('[data-event-id="khoi-nghia-bac-son"]');
  assert.match(await card.innerText(), /27 Sep 1940/);
  assert.match(await card.innerText(), /Bắc Sơn uprising/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.locator('[data-event-id="khoi-nghia-bac-son"]', { hasText: '27/9/1940' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  await page.close();
});

test('screenshots at 390 px and 1280 px (for people to look at)', { timeout: TIMEOUT }, async () => {
  for (const width of [390, 1280]) {
    const { page } = await open('/', { width, height: 900 });
    await within(page.evaluate(() => document.fonts.ready), WAIT, 'the fonts to load');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling at ${width}px (overflow ${overflow}px)`);
    await page.screenshot({ path: path.join(artifacts, `timeline-${width}.png`) });
    await page.locator('#year-1940').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifacts, `timeline-${width}-1940.png`) });
    await page.close();
  }
});

test('the page runs under a strict Content-Security-Policy with no violation', { timeout: TIMEOUT }, async () => {
  const page = await openPage(browser, { width: 1280, height: 900 });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(server.url + '/?event=khoi-nghia-bac-son');
  assert.equal(await settled(page), 'ready');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /unsafe-inline/);
  // Three inline scripts (the early script, the notice for browsers without modules, and the
  // loader with its glue), each allowed by its hash; serving.test.mjs checks the hashes.
  assert.equal(await page.locator('script:not([src])').count(), 3, 'three inline scripts');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}='){3}; /);
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Ngày kỷ niệm', exact: true }).click();
  await page.locator('.anniversaries').waitFor();
  await page.getByRole('button', { name: 'Trình chiếu', exact: true }).click();
  await page.locator('.present').waitFor();
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('without JavaScript the page still lists every event, with dates and sources', { timeout: TIMEOUT }, async () => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  const list = page.locator('#static-list');
  assert.equal(await list.locator('li').count(), dataset.events.length);
  const bacSon = await list.locator('#dm-khoi-nghia-bac-son').innerText();
  assert.match(bacSon, /Khởi nghĩa Bắc Sơn/);
  assert.match(bacSon, /27\/9\/1940/);
  assert.match(bacSon, /Nguồn:/);
  assert.equal(await page.locator('#prerender').isVisible(), false, 'the pre-rendered screen needs the app: hidden');
  await context.close();
});

test('with JavaScript the app replaces the static list', { timeout: TIMEOUT }, async () => {
  const page = await openPage(browser);
  await page.goto(server.url + '/');
  assert.equal(await settled(page), 'ready');
  assert.equal(await page.locator('#static-list').count(), 0);
  assert.equal(await page.locator('h1').count(), 1);
  await page.close();
});

test('after one visit the app and the bundled dataset work offline', { timeout: TIMEOUT }, async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const asked = [];
  context.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto(server.url + '/');
  assert.equal(await settled(page), 'ready');
  await within(page.evaluate(() => navigator.serviceWorker.ready.then(() => true)), WAIT, 'the service worker to be ready');
  // The worker kept the app for offline use, and nothing of the editors' page: a visitor's phone
  // never downloads the editors' WebAssembly.
  const kept = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) =>
    (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)))).flat());
  assert.ok(kept.some((p) => /\/daumoc-[0-9a-f]{8,16}_bg\.wasm$/.test(p)), `the app's wasm is kept: ${kept.join(', ')}`);
  assert.deepEqual(kept.filter((p) => /editor|import_worker|\/app-[0-9a-f]{8,16}\.css$/.test(p)), [], 'nothing of the editors\' page is kept');
  assert.deepEqual(asked.filter((p) => /editor|import_worker/.test(p)), [], 'nothing of the editors\' page is downloaded');
  await page.reload();
  assert.equal(await settled(page), 'ready');
  await until(page, 'the service worker to control the page', () => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  assert.equal(await settled(page), 'ready');
  assert.match(await page.locator('[data-event-id="khoi-nghia-bac-son"]').innerText(), /27\/9\/1940/);
  await context.close();
});

test('after one visit, a link with another query is the same page to the service worker: it asks the network for one address', { timeout: TIMEOUT }, async () => {
  // The page carries the start of the WebAssembly; asked for at each link's own address it would
  // be downloaded whole again for every new query, where one address gets a 304 from the cache.
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url + '/');
  assert.equal(await settled(page), 'ready');
  await within(page.evaluate(() => navigator.serviceWorker.ready.then(() => true)), WAIT, 'the service worker to be ready');
  await page.reload();
  assert.equal(await settled(page), 'ready');
  await until(page, 'the service worker to control the page', () => navigator.serviceWorker.controller !== null);
  const asked = [];
  context.on('request', (r) => { if (r.serviceWorker()) asked.push(r.url().slice(server.url.length)); });
  await page.goto(server.url + '/?event=khoi-nghia-bac-son');
  assert.equal(await settled(page), 'ready');
  assert.equal(await page.evaluate(() => location.search), '?event=khoi-nghia-bac-son', 'the page keeps its own address');
  await page.locator('#event-detail[open]').waitFor({ timeout: WAIT });
  assert.equal(await page.locator('#event-detail .detail__title').innerText(), 'Khởi nghĩa Bắc Sơn');
  assert.deepEqual(asked.filter((u) => u === '/' || u.startsWith('/?') || u.startsWith('/index.html')), ['/'],
    `the worker asked for the page once, at its one address: ${asked.join(', ')}`);
  await context.close();
});

test('after one visit the editors\' page works offline', { timeout: TIMEOUT }, async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url + '/editor.html');
  await page.locator('html[data-state="ready"] #file-input').waitFor({ state: 'attached', timeout: WAIT });
  await within(page.evaluate(() => navigator.serviceWorker.ready.then(() => true)), WAIT, 'the service worker to be ready');
  // The page asks the worker to keep its files; it has them all once the wasm is kept. The Cache
  // API answers only asynchronously, so the page looks once a frame (until() takes only a
  // synchronous test), bounded by within().
  await within(page.evaluate(async () => {
    for (;;) {
      const names = (await Promise.all((await caches.keys()).map(async (k) =>
        (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)))).flat();
      if (names.some((p) => /\/editor-[0-9a-f]{8,16}_bg\.wasm$/.test(p)) && names.includes('/editor.html')
        && names.includes('/import_worker_bg.wasm') && names.includes('/import_worker_loader.js')) return;
      await new Promise(requestAnimationFrame);
    }
  }), WAIT, 'the editors\' files to be kept');
  await context.setOffline(true);
  await page.reload();
  await page.locator('html[data-state="ready"] #file-input').waitFor({ state: 'attached', timeout: WAIT });
  assert.equal(await page.locator('h1').innerText(), 'Cập nhật dữ liệu');
  // A file opens offline too: the import worker comes from the cache.
  const workers = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  await page.setInputFiles('#file-input', path.join(repo, 'docs/csv-template.csv'));
  await until(page, 'the template to be read offline', () => document.querySelector('#open-counts'));
  assert.deepEqual(workers, ['/import_worker_loader.js']);
  assert.equal(await page.locator('.editor-failure').count(), 0);
  await context.close();
});

test('the brand font: never on a first visit\'s path, fetched once the app is ready, shown from the next visit', { timeout: TIMEOUT }, async () => {
  const context = await newContext(browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  const fonts = [];
  let readyAt = null;
  context.on('request', (r) => {
    if (r.url().endsWith('.woff2')) fonts.push({ url: r.url(), afterReady: readyAt !== null });
  });
  await page.goto(server.url + '/');
  assert.equal(await settled(page), 'ready');
  readyAt = fonts.length;
  assert.deepEqual(fonts, [], 'no font is requested before the app is ready');
  assert.equal(await page.locator('html.brand-font').count(), 0, 'the first visit shows the system font');
  await until(page, 'the font to be fetched for the next visit', () => localStorage.getItem('daumoc.fonts') === '1');
  assert.ok(fonts.length >= 2 && fonts.every((f) => f.afterReady), `fonts fetched after the app was ready: ${JSON.stringify(fonts)}`);
  assert.equal(await page.locator('html.brand-font').count(), 0, 'the page being read keeps its font');
  await page.reload();
  assert.equal(await settled(page), 'ready');
  assert.equal(await page.locator('html.brand-font').count(), 1, 'the next visit shows the brand font');
  assert.match(await page.locator('.site-title').evaluate((el) => getComputedStyle(el).fontFamily), /^"Be Vietnam Pro"/);
  await context.close();
});
