// End-to-end: axe-core audits of every screen, in both languages, at phone and desktop widths, in
// light and dark; and a keyboard-only journey with visible focus at every step.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { settled } from './browser.mjs';
import { server, browser, dataset, repo, setUp } from './harness.mjs';

setUp();
let axeSource;
before(async () => { axeSource = await fs.readFile(path.join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8'); });

const screens = [
  ['main view', '/'],
  ['search result', '/?q=bac+son'],
  ['detail dialog', '/?event=khoi-nghia-bac-son'],
  ['anniversaries', '/?view=anniversaries&year=2020'],
  ['presentation', '/?mode=present&slide=4'],
  ['embed', '/?embed=1&cat=history'],
];

for (const lang of ['vi', 'en']) {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark']) {
      test(`axe: no WCAG 2.1 A/AA violation, nothing serious (${lang}, ${width}px, ${scheme})`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        const found = [];
        for (const [name, url] of screens) {
          await page.goto(`${server.url}${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
          assert.equal(await settled(page), 'ready');
          if (url.includes('event=')) await page.locator('#event-detail[open]').waitFor();
          await page.evaluate(axeSource);
          const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
          for (const v of result.violations) {
            const wcag = v.tags.some((t) => /^wcag2(1)?aa?$/.test(t));
            if (wcag || v.impact === 'serious' || v.impact === 'critical') {
              found.push(`${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
            }
          }
        }
        assert.deepEqual(found, []);
        await context.close();
      });
    }
  }
}

test('keyboard only: search, filter, open and close an event, present three slides, leave', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  assert.equal(await settled(page), 'ready');
  const focusVisible = () => page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const after = getComputedStyle(el, '::after');
    return el !== document.body && (style.outlineStyle !== 'none' || after.outlineStyle !== 'none' || style.boxShadow !== 'none' || el.matches('input:focus'));
  });
  // Search.
  await page.keyboard.press('/');
  await page.keyboard.type('dai hoi');
  assert.ok(await focusVisible(), 'search focused visibly');
  // Filter: Tab to the "Đại hội" kind and press Space.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement.textContent);
    if (/^Đại hội\s*\d+$/.test(label.trim())) break;
  }
  assert.ok(await focusVisible(), 'chip focused visibly');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('cat') === 'congress');
  // Open the first event: focus the timeline's first link, Enter.
  while (!(await page.evaluate(() => document.activeElement.classList.contains('event__link')))) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await focusVisible(), 'card link focused visibly');
  const opened = await page.evaluate(() => document.activeElement.closest('[data-event-id]').dataset.eventId);
  await page.keyboard.press('Enter');
  await page.locator('#event-detail[open]').waitFor();
  assert.ok(await focusVisible(), 'close button focused visibly');
  await page.keyboard.press('Escape');
  await page.waitForFunction((id) => document.activeElement?.closest('[data-event-id]')?.dataset.eventId === id, opened);
  // Present three slides and leave.
  await page.keyboard.press('Shift+Tab');
  while (!(await page.evaluate(() => document.activeElement.classList.contains('nav__present')))) {
    await page.keyboard.press('Shift+Tab');
  }
  assert.ok(await focusVisible(), 'present button focused visibly');
  await page.keyboard.press('Enter');
  await page.locator('.present').waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '3');
  await page.keyboard.press('Escape');
  await page.locator('.present').waitFor({ state: 'detached' });
  assert.equal(new URL(page.url()).searchParams.get('cat'), 'congress', 'the filter survives the presentation');
  await context.close();
});

test('200 % zoom at 1280 px needs no horizontal scrolling', async () => {
  const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  assert.equal(await settled(page), 'ready');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `overflow ${overflow}px`);
  await context.close();
});
