// End-to-end: axe-core audits of every screen, in both languages, at phone and desktop widths, in
// light and dark; and a keyboard-only journey with visible focus at every step.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { settled } from './browser.mjs';
import { server, browser, repo, setUp, TIMEOUT, WAIT, newContext, until, within, pressUntil } from './harness.mjs';

setUp();
let axeSource;
before(async () => { axeSource = await fs.readFile(path.join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8'); }, { timeout: TIMEOUT });

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
      test(`axe: no WCAG 2.1 A/AA violation, nothing serious (${lang}, ${width}px, ${scheme})`, { timeout: TIMEOUT }, async () => {
        const context = await newContext(browser, { viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        const found = [];
        for (const [name, url] of screens) {
          await page.goto(`${server.url}${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
          assert.equal(await settled(page), 'ready');
          if (url.includes('event=')) await page.locator('#event-detail[open]').waitFor();
          await page.evaluate(axeSource);
          const result = await within(page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })),
            WAIT, `axe's audit of the ${name}`);
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

test('keyboard only: search, filter, open and close an event, present three slides, leave', { timeout: TIMEOUT }, async () => {
  const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
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
  const focused = (selector) => page.evaluate((s) => document.activeElement.matches(s), selector);
  await pressUntil(page, 'Tab', async () => /^Đại hội\s*\d+$/.test((await page.evaluate(() => document.activeElement.textContent)).trim()),
    { max: 40, what: 'the "Đại hội" filter chip' });
  assert.ok(await focusVisible(), 'chip focused visibly');
  await page.keyboard.press('Space');
  await until(page, 'cat=congress in the URL', () => new URL(location.href).searchParams.get('cat') === 'congress');
  // Open the first event: focus the timeline's first link, Enter.
  await pressUntil(page, 'Tab', () => focused('.event__link'), { max: 40, what: "a timeline card's link" });
  assert.ok(await focusVisible(), 'card link focused visibly');
  const opened = await page.evaluate(() => document.activeElement.closest('[data-event-id]').dataset.eventId);
  await page.keyboard.press('Enter');
  await page.locator('#event-detail[open]').waitFor();
  assert.ok(await focusVisible(), 'close button focused visibly');
  await page.keyboard.press('Escape');
  await until(page, `focus back on the card of ${opened}`,
    (id) => document.activeElement?.closest('[data-event-id]')?.dataset.eventId === id, opened);
  // Present three slides and leave.
  await page.keyboard.press('Shift+Tab');
  await pressUntil(page, 'Shift+Tab', () => focused('.nav__present'), { max: 60, what: 'the present button' });
  assert.ok(await focusVisible(), 'present button focused visibly');
  await page.keyboard.press('Enter');
  await page.locator('.present').waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await until(page, 'slide=3 in the URL', () => new URL(location.href).searchParams.get('slide') === '3');
  await page.keyboard.press('Escape');
  await page.locator('.present').waitFor({ state: 'detached' });
  assert.equal(new URL(page.url()).searchParams.get('cat'), 'congress', 'the filter survives the presentation');
  await context.close();
});

test('200 % zoom at 1280 px needs no horizontal scrolling', { timeout: TIMEOUT }, async () => {
  const context = await newContext(browser, { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  assert.equal(await settled(page), 'ready');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `overflow ${overflow}px`);
  await context.close();
});

test('no control shows a character missing from the bundled font (an empty box)', { timeout: TIMEOUT }, async () => {
  // The unicode-range of the Be Vietnam Pro subsets in src/styles/app.css (latin and vietnamese).
  const covered = /^[\u0000-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u0300\u0301\u0303\u0304\u0308\u0309\u0323\u0329\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u20ab\u2000-\u206f\u20ac\u2122\u2191\u2193\u2212\u2215\ufeff\ufffd]*$/u;
  const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const found = [];
  for (const url of ['/', '/?view=anniversaries&year=2020', '/?mode=present&slide=1', '/?event=khoi-nghia-bac-son', '/?embed=1']) {
    await page.goto(server.url + url);
    assert.equal(await settled(page), 'ready');
    const texts = await page.locator('button, a, summary').evaluateAll((els) => els.map((el) => {
      const own = [...el.childNodes].filter((n) => !n.classList?.contains('visually-hidden')).map((n) => n.textContent).join('');
      return `${getComputedStyle(el, '::before').content.replace(/^none$|^normal$|^"|"$/g, '')}${own}${getComputedStyle(el, '::after').content.replace(/^none$|^normal$|^"|"$/g, '')}`;
    }));
    for (const text of texts) if (!covered.test(text.normalize('NFC'))) found.push(`${url}: ${JSON.stringify(text.trim())}`);
  }
  assert.deepEqual(found, []);
  await context.close();
});
