// When the WebAssembly cannot go on, the page says so (src/components/stopped_notice.rs): it did
// not load (a dropped connection), the browser has no WebAssembly, or a panic trapped later (the
// shipping build runs no panic hook). The notice is in both languages, with a reload button, and
// whatever the page showed stays readable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { server, browser, dataset, setUp, TIMEOUT, newContext, until } from './harness.mjs';
import { settled } from './browser.mjs';

setUp();

const VI = 'Đã xảy ra lỗi không lường trước nên trang phải dừng. Dữ liệu không bị mất: hãy tải lại trang.';
const EN = 'An unexpected error stopped the page. No data is lost: please reload the page.';
const RELOAD = 'Tải lại trang · Reload the page';
const CLOSE = 'Đóng · Close';
const VI_UNSUPPORTED = 'Trình duyệt này không chạy được WebAssembly, phần chạy của trang. Hãy mở trang bằng một trình duyệt mới (Chrome, Edge, Firefox, Safari); trên iPhone, chế độ Phong tỏa (Lockdown Mode) có thể tắt WebAssembly.';
const EN_UNSUPPORTED = 'This browser cannot run WebAssembly, which the page runs on. Please open the page in a current browser (Chrome, Edge, Firefox, Safari); on an iPhone, Lockdown Mode can turn WebAssembly off.';

/** A phone-sized page; `setup` runs on the context before the page opens. */
async function phonePage(url, setup = async () => {}) {
  const context = await newContext(browser, { viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  await setup(context);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(server.url + url);
  return { page, close: () => context.close() };
}

/** The notice on screen: its texts, its buttons (`close` only when it is active), and whether it is on the screen. */
async function notice(page, id) {
  await until(page, `the notice #${id} to show`, (id) => {
    const n = document.getElementById(id);
    return n && !n.hidden && document.documentElement.dataset.state === 'error';
  }, id);
  return page.evaluate((id) => {
    const n = document.getElementById(id);
    const box = n.getBoundingClientRect();
    return {
      role: n.getAttribute('role'),
      vi: [...n.querySelectorAll(':scope > [lang="vi"] p')].map((p) => p.textContent).join(' | '),
      en: [...n.querySelectorAll(':scope > [lang="en"] p')].map((p) => p.textContent).join(' | '),
      reload: n.querySelector('.stopped__reload')?.textContent ?? null,
      enabled: n.querySelector('.stopped__reload') ? !n.querySelector('.stopped__reload').hasAttribute('aria-disabled') : null,
      close: n.querySelector('.stopped__close').hasAttribute('aria-disabled') ? null : n.querySelector('.stopped__close').textContent,
      onScreen: box.top >= 0 && box.bottom <= innerHeight + 1 && box.height > 0,
    };
  }, id);
}

test('the WebAssembly does not arrive: the copy stays readable and a notice says to reload', { timeout: TIMEOUT }, async () => {
  const { page, close } = await phonePage('/?x=1#top', (c) => c.route('**/*.wasm', (r) => r.abort()));
  const shown = await notice(page, 'pr-stopped');
  assert.deepEqual(shown, { role: 'alert', vi: VI, en: EN, reload: RELOAD, enabled: true, close: CLOSE, onScreen: true });
  assert.equal(await page.locator('#prerender .event').count(), dataset.events.length, 'every pre-rendered card is still there');
  assert.equal(page.errors.length, 1, `only the failed download is reported: ${page.errors}`);
  // The button reloads the page, query included.
  const reloaded = page.waitForEvent('framenavigated', { timeout: 10_000 });
  await page.locator('#pr-stopped .stopped__reload').click();
  assert.equal((await reloaded).url(), `${server.url}/?x=1#top`);
  await close();
});

test('a page whose start of the WebAssembly was altered on the way (a rewriting proxy) says to reload', { timeout: TIMEOUT }, async () => {
  // The page carries the module's first bytes as text (src/wasm_head.js): characters the build
  // never writes, or a block cut short, stop the start.
  const alterations = {
    'characters outside the encoding': (text) => text.replace(/(id="wasm-head"[^>]*>)[^<]{4}/, '$1€€€€'),
    'the block cut short': (text) => text.replace(/(id="wasm-head"[^>]*>[^<]{1000})[^<]*/, '$1'),
  };
  for (const [what, change] of Object.entries(alterations)) {
    let altered = false;
    const alter = (c) => c.route((url) => url.pathname === '/', async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      const body = change(text);
      altered = body !== text;
      await route.fulfill({ response, body });
    });
    const { page, close } = await phonePage('/', alter);
    assert.ok(altered, `${what}: the page was altered on its way`);
    const shown = await notice(page, 'pr-stopped');
    assert.deepEqual(shown, { role: 'alert', vi: VI, en: EN, reload: RELOAD, enabled: true, close: CLOSE, onScreen: true }, what);
    assert.equal(await page.locator('#prerender .event').count(), dataset.events.length, `${what}: every pre-rendered card is still there`);
    await close();
  }
});

test('a browser without WebAssembly is told so, and what to use instead', { timeout: TIMEOUT }, async () => {
  const { page, close } = await phonePage('/', (c) => c.addInitScript(() => { delete window.WebAssembly; }));
  const shown = await notice(page, 'pr-stopped');
  assert.deepEqual(shown, { role: 'alert', vi: VI_UNSUPPORTED, en: EN_UNSUPPORTED, reload: RELOAD, enabled: true, close: CLOSE, onScreen: true });
  // Put away, it leaves the copy, with every event, to read.
  await page.locator('#pr-stopped .stopped__close').click();
  assert.equal(await page.locator('#pr-stopped').isHidden(), true, 'closed');
  assert.equal(await page.locator('#prerender .event').count(), dataset.events.length);
  await close();
});

test('a browser that cannot run module scripts is told so, what to use instead, and keeps the copy to read', { timeout: TIMEOUT }, async () => {
  // Chromium runs modules, so the page it gets is the one such a browser sees: the module loader
  // never runs, and the \`nomodule\` script does (its text, and so its hash in the policy, unchanged).
  const { page, close } = await phonePage('/', (c) => c.route((url) => url.pathname === '/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<script type="module">[\s\S]*?<\/script>/, '')
      .replace('<script nomodule>', '<script>');
    await route.fulfill({ response, body: html });
  }));
  const shown = await notice(page, 'pr-stopped');
  assert.deepEqual(shown, { role: 'alert', vi: VI_UNSUPPORTED, en: EN_UNSUPPORTED, reload: null, enabled: null, close: CLOSE, onScreen: true }, 'no reload button: it would not help');
  assert.equal(await page.locator('#prerender .event').count(), dataset.events.length, 'every pre-rendered card is still there');
  assert.equal(await page.locator('#app').count(), 0, 'no app started');
  assert.equal(await page.locator('#prerender .upcoming').isHidden(), true, 'no empty "upcoming" strip waiting for an app that cannot come');
  // The notice can be put away, and the copy read whole.
  await page.locator('#pr-stopped .stopped__close').click();
  assert.equal(await page.locator('#pr-stopped').isHidden(), true, 'closed');
  assert.deepEqual(page.errors, []);
  await close();
});

test('a trap after the start shows the app\'s own notice; an ordinary script error does not', { timeout: TIMEOUT }, async () => {
  const { page, close } = await phonePage('/');
  assert.equal(await settled(page), 'ready');
  await page.evaluate(() => window.scrollTo(0, 3000));
  // A script error that is not the WebAssembly's: the app goes on.
  await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new TypeError('not ours') })));
  assert.equal(await page.locator('#stopped').isHidden(), true);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'ready');
  // A trap reaches the page as an uncaught WebAssembly.RuntimeError (for a panic: "unreachable").
  await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') })));
  const shown = await notice(page, 'stopped');
  assert.deepEqual(shown, { role: 'alert', vi: VI, en: EN, reload: RELOAD, enabled: true, close: CLOSE, onScreen: true });
  await close();
});

test('the editors\' page shows its notice at a trap too', { timeout: TIMEOUT }, async () => {
  const { page, close } = await phonePage('/editor.html');
  await until(page, 'the editors\' page to start', () => document.documentElement.dataset.state === 'ready');
  await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') })));
  const shown = await notice(page, 'stopped');
  assert.deepEqual(shown, { role: 'alert', vi: VI, en: EN, reload: RELOAD, enabled: true, close: CLOSE, onScreen: true });
  await close();
});

test('the editors\' page, whose app never ran, shows the notice it carries when its WebAssembly does not arrive', { timeout: TIMEOUT }, async () => {
  const { page, close } = await phonePage('/editor.html', (c) => c.route('**/editor-*.wasm', (r) => r.abort()));
  const shown = await notice(page, 'pr-stopped');
  assert.deepEqual(shown, { role: 'alert', vi: VI, en: EN, reload: RELOAD, enabled: true, close: CLOSE, onScreen: true });
  await close();
});
