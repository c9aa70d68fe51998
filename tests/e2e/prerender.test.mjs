// The first screen is in the page's HTML (scripts/prerender.mjs) and the app takes it over in
// place (src/takeover.rs). The WebAssembly is held back by the test, so the pre-rendered screen
// can be looked at and used before the app starts; nothing here measures time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { server, browser, dataset, setUp, TIMEOUT, newContext, until, within, WAIT, appSettled } from './harness.mjs';

setUp();

/**
 * A phone-sized page whose requests matching `hold` (the wasm unless told) wait until `release()`
 * is called; `init` runs in the page before its own scripts. With `bytesPerSecond`, the page
 * arrives that slowly (DevTools' throttling) and this returns once its navigation commits.
 */
async function heldPage(url, { hold = '**/*.wasm', init, bytesPerSecond } = {}) {
  const context = await newContext(browser, { viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(String(e)));
  const held = [];
  let released = false;
  await page.route(hold, (route) => (released ? route.continue() : held.push(route)));
  if (bytesPerSecond) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions',
      { offline: false, latency: 20, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
  }
  await page.goto(server.url + url, bytesPerSecond ? { waitUntil: 'commit' } : {});
  const release = async () => {
    released = true;
    await Promise.all(held.map((r) => r.continue()));
  };
  return { page, release, close: () => context.close() };
}

const ready = async (page) => {
  await until(page, 'the app to take over (html[data-state]) and its list to be complete', appSettled);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'ready');
};

test('the page holds the app\'s own first screen before the app starts, the same cards in the same order', { timeout: TIMEOUT }, async () => {
  const { page, release, close } = await heldPage('/');
  const pre = await page.locator('#prerender .event').evaluateAll((els) => els.map((e) => e.dataset.eventId));
  assert.equal(pre.length, dataset.events.length, 'every card of the bundled dataset is pre-rendered');
  assert.ok(await page.locator('#prerender').isVisible());
  // textContent: the copy does not lay out the years off screen, and innerText reads the layout.
  assert.match(await page.locator('#prerender .event[data-event-id="khoi-nghia-bac-son"]').textContent(), /27\/9\/1940/);
  assert.equal(await page.locator('html').getAttribute('data-state'), 'loading');
  // The pre-rendered copy has no id of the app's, and its buttons say they are not active yet.
  assert.equal(await page.locator('#search-input').count(), 0);
  const buttons = await page.locator('#prerender button').evaluateAll((els) => els.map((b) => b.getAttribute('aria-disabled')));
  assert.ok(buttons.length > 0);
  assert.deepEqual([...new Set(buttons)], ['true']);
  await release();
  await ready(page);
  const app = await page.locator('#app .event').evaluateAll((els) => els.map((e) => e.dataset.eventId));
  assert.deepEqual(app, pre, 'the app shows the same events in the same order');
  assert.equal(await page.locator('#prerender').count(), 0, 'the copy is gone once the app has taken over');
  assert.equal(await page.locator('h1').count(), 1);
  assert.deepEqual(page.problems, []);
  await close();
});

test('on a slow link the first frame the browser renders already shows the copy\'s first card', { timeout: TIMEOUT }, async () => {
  // The page arrives in pieces (about 20 KB/s here), and the browser may render between them:
  // the head's <link rel=expect> holds rendering until the copy's first card is parsed.
  // The wasm is held and never released: only the copy is looked at.
  const { page, close } = await heldPage('/', {
    bytesPerSecond: 20_000,
    init: () => requestAnimationFrame(() => {
      const card = document.querySelector('#prerender .event');
      const box = card?.getBoundingClientRect();
      window.firstFrame = { elements: document.getElementsByTagName('*').length, card: card?.dataset.eventId ?? null, top: box?.top ?? null };
    }),
  });
  await until(page, 'the first frame', () => window.firstFrame !== undefined);
  const first = await page.evaluate(() => window.firstFrame);
  assert.equal(first.card, await page.locator('#prerender .event').first().getAttribute('data-event-id'),
    `the first frame (${first.elements} elements) holds the copy's first card`);
  assert.ok(first.top !== null && first.top < 844, `the first card is on the phone's first screen (top ${first.top} px)`);
  assert.equal(await page.locator('head link[rel="expect"]').count(), 1, 'the head holds one <link rel=expect>');
  const expect = await page.locator('head link[rel="expect"]').getAttribute('href');
  // The year after the first card's (Chromium lets the frame through as the parser meets it).
  const named = await page.evaluate((href) => {
    const year = document.querySelector(`#prerender ${href}`);
    const first = document.querySelector('#prerender .event');
    return year?.matches('li.year') && (year.previousElementSibling?.contains(first) || year.contains(first));
  }, expect);
  assert.ok(named, `the head's <link rel=expect> (${expect}) names the year after the first card's`);
  await close();
});

test('the app builds its list down to a few screens first, then fills in the rest, busy meanwhile', { timeout: TIMEOUT }, async () => {
  // What the list holds at the moment the app says it is ready (the swap), seen synchronously.
  const init = () => {
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.state !== 'ready') return;
      observer.disconnect();
      const list = document.querySelector('#timeline ol');
      window.__atReady = { cards: list.querySelectorAll('[data-event-id]').length, busy: list.getAttribute('aria-busy') };
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  };
  const { page, release, close } = await heldPage('/', { init });
  await release();
  await ready(page);
  const atReady = await page.evaluate(() => window.__atReady);
  assert.equal(atReady.busy, 'true', 'the list says it is still being filled in');
  assert.ok(atReady.cards > 0 && atReady.cards < dataset.events.length,
    `the first build holds part of the list: ${atReady.cards} of ${dataset.events.length} cards`);
  const shown = await page.locator('#timeline [data-event-id]').evaluateAll((els) => els.map((e) => e.dataset.eventId));
  assert.equal(shown.length, dataset.events.length, 'then every event');
  assert.equal(new Set(shown).size, shown.length, 'each once');
  assert.equal(await page.locator('#timeline ol').first().getAttribute('aria-busy'), null, 'and no longer busy');
  await close();
});

test('what is at the top of the screen stays where it is when the app takes over, scrolled or not', { timeout: TIMEOUT }, async () => {
  for (const scroll of [0, 1500]) {
    const { page, release, close } = await heldPage('/');
    await page.evaluate((y) => window.scrollTo(0, y), scroll);
    // The card nearest the top of the screen, and where it is.
    const before = await page.evaluate(() => {
      const card = [...document.querySelectorAll('#prerender .event')].find((e) => e.getBoundingClientRect().bottom > 0);
      return { id: card.dataset.eventId, top: card.getBoundingClientRect().top, y: window.scrollY };
    });
    assert.equal(before.y, scroll);
    await release();
    await ready(page);
    const after = await page.evaluate((id) => ({
      top: document.querySelector(`#app .event[data-event-id="${id}"]`).getBoundingClientRect().top, y: window.scrollY,
    }), before.id);
    assert.equal(after.y, before.y, `scroll position kept (scrolled to ${scroll})`);
    assert.ok(Math.abs(after.top - before.top) <= 1, `${before.id} stays put: ${before.top} → ${after.top}`);
    await close();
  }
});

test('jumped far down before the app starts, past years the copy never laid out: the card at the top stays put', { timeout: TIMEOUT }, async () => {
  // Only what is on the screen is read (by hit testing), so the years the jump skipped stay
  // unlaid-out in the copy, as for a visitor who pressed End or followed a link to a year.
  const topCard = (scope) => {
    for (let y = 1; y < innerHeight; y += 8) {
      const card = document.elementFromPoint(innerWidth / 2, y)?.closest(`${scope} .event`);
      if (card) return { id: card.dataset.eventId, top: card.getBoundingClientRect().top };
    }
    return null;
  };
  const { page, release, close } = await heldPage('/');
  const end = await page.evaluate(() => { window.scrollTo(0, document.documentElement.scrollHeight); return window.scrollY; });
  const y = Math.round(end * 0.6);
  // Two frames: the years now near the screen are laid out in the next one.
  await page.evaluate((to) => { window.scrollTo(0, to); return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); }, y);
  const before = await page.evaluate(`(${topCard})('#prerender')`);
  assert.ok(before, `a card of the copy at the top of the screen (scrolled to ${y})`);
  await release();
  await ready(page);
  const after = await page.evaluate(`(${topCard})('#app')`);
  assert.ok(after, 'a card of the app at the top of the screen');
  assert.equal(after.id, before.id, 'the same card at the top of the screen');
  assert.ok(Math.abs(after.top - before.top) <= 1, `${before.id} stays put: ${before.top} → ${after.top}`);
  await close();
});

test('at the moment the app takes over, every card on the screen is built, where the copy had it', { timeout: TIMEOUT }, async () => {
  // The first build is sized by where the copy's list is (src/list_window.rs): a card the screen
  // shows must not be missing from the app's screen when it is swapped in, scrolled or not.
  const onScreen = (selector) => [...document.querySelectorAll(selector)]
    .filter((e) => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })
    .map((e) => ({ id: e.dataset.eventId, top: Math.round(e.getBoundingClientRect().top) }));
  const init = (source) => {
    const onScreen = new Function(`return (${source})`)();
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.state !== 'ready') return;
      observer.disconnect();
      window.__atReady = onScreen('#app .event');
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  };
  for (const scroll of [0, 700, 1500]) {
    const { page, release, close } = await heldPage('/', { init: { content: `(${init})(${JSON.stringify(onScreen.toString())})` } });
    await page.evaluate((y) => window.scrollTo(0, y), scroll);
    const before = await page.evaluate(`(${onScreen})('#prerender .event')`);
    assert.ok(before.length > 0, `cards on the copy's screen (scrolled to ${scroll})`);
    await release();
    await ready(page);
    const atReady = await page.evaluate(() => window.__atReady);
    assert.deepEqual(atReady.map((c) => c.id), before.map((c) => c.id), `the same cards on screen at the swap (scrolled to ${scroll})`);
    for (const [k, card] of before.entries()) {
      assert.ok(Math.abs(atReady[k].top - card.top) <= 1, `${card.id} in place at the swap: ${card.top} → ${atReady[k].top}`);
    }
    await close();
  }
});

test('a search typed before the app started is applied, with the caret where it was', { timeout: TIMEOUT }, async () => {
  const { page, release, close } = await heldPage('/');
  const box = page.locator('#pr-search-input');
  await box.click();
  await box.pressSequentially('bac son');
  await release();
  await ready(page);
  await until(page, 'the typed search to filter the list', () => new URLSearchParams(location.search).get('q') === 'bac son');
  assert.equal(await page.locator('#search-input').inputValue(), 'bac son');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input');
  assert.equal(await page.evaluate(() => document.activeElement.selectionStart), 'bac son'.length);
  const shown = await page.locator('#app .event').evaluateAll((els) => els.map((e) => e.dataset.eventId));
  assert.ok(shown.includes('khoi-nghia-bac-son'), shown.join(', '));
  assert.ok(shown.length < dataset.events.length, 'the list is filtered');
  await close();
});

for (const url of ['/?q=bac+son', '/?event=khoi-nghia-bac-son', '/?cat=congress&lang=vi', '/?q=bac+son&event=khoi-nghia-bac-son', '/?event=not-an-event', '/?event=%22%5D%2C%20*', '/?embed=1', '/?mode=present', '/?lang=en', '/?view=anniversaries', '/?data=data/events.json']) {
  test(`${url} never shows the default screen first`, { timeout: TIMEOUT }, async () => {
    const { page, release, close } = await heldPage(url);
    // An event, a search or a filter of the timeline: the header (the same for all of them) and a
    // loading bar; another look, language or dataset: nothing before the app. A link to an event
    // of the copy also shows that event's card, and no other.
    const header = /[?&](q|cat|event)=/.test(url);
    const named = new URLSearchParams(url.slice(1)).get('event');
    const event = dataset.events.find((e) => e.id === named);
    assert.equal(await page.locator('#prerender .site-header').isVisible(), header, header ? 'the header is shown' : 'the copy is hidden');
    assert.equal(await page.locator('#prerender .site-title').isVisible() && await page.locator('#prerender .site-title').innerText(), header && dataset.title.vi);
    const cards = await page.locator('#prerender .event').evaluateAll((els) =>
      els.filter((e) => e.getBoundingClientRect().height > 0).map((e) => [e.dataset.eventId, e.querySelector('.event__title').innerText]));
    assert.deepEqual(cards, event ? [[event.id, event.title.vi]] : [], 'the cards shown before the app');
    if (event) {
      const card = await page.locator(`#prerender [data-event-id="${event.id}"]`).boundingBox();
      assert.ok(card.y < 844 && card.y + card.height > 0, `the card is on the first screen (at ${card.y} px)`);
      const year = await page.locator('#prerender .year__heading').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height > 0).map((e) => e.innerText));
      assert.deepEqual(year, [event.date.slice(0, 4)], 'its year heading, and no other');
    }
    for (const part of ['.upcoming', '.filters', '.axis']) {
      assert.equal(await page.locator(`#prerender ${part}`).first().isVisible(), false, `${part} of the default view is hidden`);
    }
    if (header) {
      const bar = await page.locator('#pr-main').evaluate((main) => getComputedStyle(main, '::before').animationName);
      assert.equal(bar, 'loading', 'a loading bar where the view goes');
    }
    await release();
    await within(ready(page), WAIT, 'the app');
    assert.equal(await page.locator('#prerender').count(), 0);
    if (event) {
      // The dialog opened in the unseen screen gets the focus once it is shown, and Escape closes it.
      await until(page, 'focus on the dialog\'s Close button', () => document.activeElement?.matches('#event-detail[open] .detail__close'));
      await page.keyboard.press('Escape');
      await until(page, 'the dialog closed by Escape', () => !document.querySelector('#event-detail[open]'));
    }
    await close();
  });
}

test('an English visitor (remembered choice) does not see the Vietnamese copy first', { timeout: TIMEOUT }, async () => {
  const context = await newContext(browser, { viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  await context.addInitScript(() => localStorage.setItem('daumoc.lang', 'en'));
  const page = await context.newPage();
  await page.route('**/*.wasm', () => {}); // never started: only the first paint matters here
  await page.goto(server.url + '/');
  assert.equal(await page.locator('#prerender').isVisible(), false);
  await context.close();
});

test('the data files are asked for before the WebAssembly has arrived, after the first screen is rendered', { timeout: TIMEOUT }, async () => {
  const { page, close } = await heldPage('/', { init: () => requestAnimationFrame(() => { window.firstFrame = performance.now(); }) });
  await until(page, 'the bundled data files to be requested', () =>
    performance.getEntriesByType('resource').some((r) => r.name.endsWith('/data/events.json')));
  const files = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
  assert.ok(files.includes('/data/index.json'), files.join(', '));
  assert.equal(await page.locator('html').getAttribute('data-state'), 'loading', 'the app has not started');
  // The pre-rendered screen gets the connection first: the data is asked for once its first frame
  // is rendered (the first animation frame, which holds the copy's first card).
  const { rendered, asked } = await page.evaluate(() => ({
    rendered: window.firstFrame ?? null,
    asked: performance.getEntriesByType('resource').find((r) => r.name.endsWith('/data/index.json')).startTime,
  }));
  assert.ok(rendered !== null && asked >= rendered, `index.json asked for at ${asked} ms, the first frame at ${rendered} ms`);
  await close();
  // Without a pre-rendered screen (another dataset), at once: nothing is painted before the app.
  const other = await heldPage('/?data=data/events.json');
  await until(other.page, 'the linked data file to be requested while the WebAssembly is held', () =>
    performance.getEntriesByType('resource').some((r) => r.name.endsWith('/data/events.json')));
  assert.equal(await other.page.locator('html').getAttribute('data-state'), 'loading', 'the app has not started');
  await other.close();
});

test('the WebAssembly begins in the page: the page and one preloaded file make the module, in characters HTML keeps', { timeout: TIMEOUT }, async () => {
  // The build: the head is text in a data block (one character a byte, XORed with the block's key;
  // the codes HTML or a rewriter would touch are U+0100 onwards, by their place in the block's
  // list), the rest a file the <head> preloads with its integrity.
  const html = await (await fetch(`${server.url}/`)).text();
  const block = html.match(/<script type="application\/octet-stream" id="wasm-head" data-key="(\d+)" data-unsafe="([\d,]+)">([^<]+)<\/script>/);
  assert.ok(block, 'the page holds the WebAssembly\'s first bytes in #wasm-head');
  const [key, unsafe, text] = [Number(block[1]), block[2].split(',').map(Number), block[3]];
  assert.deepEqual(unsafe, [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x3c], 'NUL, whitespace, CR and < are escaped');
  const kept = [...text].filter((c) => c.charCodeAt(0) < 0x100);
  assert.deepEqual(kept.filter((c) => unsafe.includes(c.charCodeAt(0))), [], 'no character HTML would alter or a rewriter collapse');
  assert.equal(text.length - kept.length, [...text].filter((c) => c.charCodeAt(0) >= 0x100 && c.charCodeAt(0) < 0x100 + unsafe.length).length, 'escapes only within the list');
  const head = Buffer.from([...text].map((c) => {
    const code = c.charCodeAt(0);
    return (code < 0x100 ? code : unsafe[code - 0x100]) ^ key;
  }));
  assert.equal(head.length, 262144, 'the first 256 KiB');
  const preload = html.match(/<head>[\s\S]*?<link rel="preload" href="\.\/(daumoc-[0-9a-f]{16}_bg\.wasm)" crossorigin="anonymous" integrity="(sha384-[A-Za-z0-9+/=]+)"/);
  assert.ok(preload, 'the <head> preloads the rest of the WebAssembly, with its integrity');
  const tail = Buffer.from(await (await fetch(`${server.url}/${preload[1]}`)).arrayBuffer());
  assert.equal(WebAssembly.validate(head), false, 'the page alone does not hold the module');
  assert.equal(WebAssembly.validate(Buffer.concat([head, tail])), true, 'the page\'s bytes and the file\'s are the module');

  // The browser decodes the same bytes: the app starts, the block is dropped once read, and the
  // file is fetched once (the preload is used).
  const { page, release, close } = await heldPage('/');
  await release();
  await ready(page);
  assert.equal(await page.locator('#wasm-head').count(), 0, 'the block is dropped once read');
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.endsWith('.wasm')));
  // Besides it, only the chunks (tests/e2e/chunks.test.mjs): the detail's is fetched once ready.
  assert.deepEqual(fetched.filter((p) => !/^\/(split|chunk)_/.test(p)), [`/${preload[1]}`], 'one request for the rest of the module');
  assert.deepEqual(page.problems, []);
  await close();
});

test('a shared link\'s screen comes in one piece: nothing moves when its data arrives', { timeout: TIMEOUT }, async () => {
  // A view parameter shows no pre-rendered copy: the app's loading notice first, then its screen.
  // The header's height depends on the data (its subtitle), so it must not be shown before it.
  const init = () => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => ({
      value: e.value, moved: e.sources.map((s) => s.node && s.node.nodeName),
    })))).observe({ type: 'layout-shift', buffered: true });
  };
  for (const url of ['/?q=bac%20son', '/?event=khoi-nghia-bac-son&lang=en']) {
    const { page, release, close } = await heldPage(url, { hold: '**/data/events.json', init });
    await until(page, `${url}: the loading notice`, () => !!document.querySelector('#app .loading'));
    const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await within(frames(), WAIT, `${url}: two frames with the loading notice`);
    await release();
    await ready(page);
    // Two frames after the screen is in, every shift it caused has been reported.
    await within(frames(), WAIT, `${url}: two frames with the screen`);
    const shifts = await page.evaluate(() => window.__shifts);
    assert.deepEqual(shifts, [], `${url}: no layout shift`);
    assert.equal(await page.locator('.loading').count(), 0);
    assert.equal(await page.locator('#app .site-header').count(), 1, `${url}: the header comes with the data`);
    await close();
  }
});
