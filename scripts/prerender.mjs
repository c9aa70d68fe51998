// The app's own first screen, captured at build time (called by post-build.mjs): the built app
// runs once in headless Chromium on the bundled dataset, at a phone's width, and its default view
// is written into index.html, so a phone paints the real screen as soon as the HTML and CSS
// arrive. Rendered by the app itself, never a second hand-written look.
//
// What the capture changes, so the copy is honest and safe under the page's policy:
// - `style` attributes (forbidden by the Content-Security-Policy) become rules of a generated
//   stylesheet, one per element (`data-pr="N"`);
// - ids become `pr-…` (and every reference to them), so the app's own elements are the only ones
//   with their ids while both are in the page;
// - buttons are marked `aria-disabled` until the app takes over (links and the search box work);
// - the "Sắp tới" cards depend on the day of the visit, not of the build: they are left blank,
//   at the strip's fixed height, for the app to fill.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2',
};
const WAIT_MS = 60_000;

/** Serves `dir` on 127.0.0.1 (an ephemeral port); resolves to the server. */
function serve(dir) {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(dir, name.endsWith('/') ? name + 'index.html' : name);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs in the page: the app's root as pre-rendered markup and the stylesheet its styles need. */
function capture() {
  const root = document.querySelector('#app').cloneNode(true);
  const rules = [];
  let n = 0;
  for (const el of root.querySelectorAll('[style]')) {
    el.setAttribute('data-pr', String(n));
    rules.push(`[data-pr="${n}"]{${el.getAttribute('style')}}`);
    el.removeAttribute('style');
    n += 1;
  }
  const rename = (id) => `pr-${id}`;
  for (const el of root.querySelectorAll('[id]')) el.id = rename(el.id);
  for (const attr of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'list', 'form']) {
    for (const el of root.querySelectorAll(`[${attr}]`)) {
      el.setAttribute(attr, el.getAttribute(attr).split(/\s+/).filter(Boolean).map(rename).join(' '));
    }
  }
  for (const a of root.querySelectorAll('a[href^="#"]')) {
    if (a.getAttribute('href').length > 1) a.setAttribute('href', '#' + rename(a.getAttribute('href').slice(1)));
  }
  for (const button of root.querySelectorAll('button')) button.setAttribute('aria-disabled', 'true');
  // The same number of cards, of the strip's fixed height, without the build day's text.
  for (const card of root.querySelectorAll('.upcoming__card')) {
    const pending = document.createElement('span');
    pending.className = 'upcoming__card upcoming__card--pending';
    pending.innerHTML = '<span class="upcoming__when"></span><span class="upcoming__what"></span>';
    card.replaceWith(pending);
  }
  for (const item of root.querySelectorAll('.upcoming__item')) item.removeAttribute('data-event-id');
  // The handout's "from this page" line would name the build's own local server.
  for (const line of root.querySelectorAll('.print-summary__url')) line.textContent = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.remove();
  const events = [...root.querySelectorAll('[data-event-id].event')].map((e) => e.dataset.eventId);
  return { markup: root.innerHTML, css: rules.join('\n'), events };
}

/**
 * The default view of the build in `dir`, as `{ markup, css, events }`. Needs Debian's Chromium and
 * playwright-core (both installed by scripts/bootstrap.sh).
 */
export async function prerender(dir) {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const { chromium } = require('playwright-core');
  const server = await serve(dir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    timeout: WAIT_MS,
  });
  try {
    // A phone: the profile the first screen matters most for. Vietnamese, the province's clock.
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { timeout: WAIT_MS });
    // Ready, and the list complete: a list rendered whole fills in below the first screens in
    // later tasks (aria-busy meanwhile), and the page must hold every event.
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready'
      && document.querySelector('#app .event') && !document.querySelector('#app [aria-busy="true"]'), null, { timeout: WAIT_MS });
    // A phone builds the filter groups when their panel first opens (their code is a chunk), but
    // a wide screen shows them above the timeline: opened and closed, so the copy holds them.
    await page.click('#app .filters__toggle');
    await page.waitForFunction(() => document.querySelector('#app #filter-panel .chips')
      && !document.querySelector('#app #filter-panel .chunk'), null, { timeout: WAIT_MS });
    await page.click('#app #filter-panel .filters__sheet-footer .button');
    await page.waitForFunction(() => !document.querySelector('#app #filter-panel.is-open'), null, { timeout: WAIT_MS });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if (errors.length) throw new Error(`the app failed while pre-rendering: ${errors.join('; ')}`);
    return await page.evaluate(capture);
  } finally {
    await browser.close();
    server.close();
  }
}
