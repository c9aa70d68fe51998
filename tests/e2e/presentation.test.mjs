// End-to-end: presentation mode as a teacher drives it with a keyboard or a presenter clicker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, settled } from './browser.mjs';
import { server, browser, dataset, setUp, TIMEOUT, until } from './harness.mjs';

setUp();

async function open(url, viewport = { width: 1280, height: 720 }) {
  const page = await openPage(browser, viewport);
  await page.goto(server.url + url);
  assert.equal(await settled(page), 'ready');
  return page;
}
const slideId = (page) => page.locator('.present__slide').getAttribute('data-event-id');
const slideParam = (page) => new URL(page.url()).searchParams.get('slide');
async function waitSlide(page, n) {
  await until(page, `slide=${n} in the URL`, (n) => new URL(location.href).searchParams.get('slide') === String(n), n);
}

test('the present button shows the filtered events one per slide, in very large type', { timeout: TIMEOUT }, async () => {
  const page = await open('/?cat=history&from=1930&to=1945');
  await page.getByRole('button', { name: 'Trình chiếu', exact: true }).click();
  await page.locator('.present').waitFor();
  const expected = dataset.events
    .filter((e) => e.category === 'history' && +e.date.slice(0, 4) >= 1930 && +e.date.slice(0, 4) <= 1945)
    .map((e) => e.id);
  assert.equal(await page.locator('.present__progress').innerText(), `1 / ${expected.length}`);
  assert.equal(await slideId(page), expected[0]);
  const sizes = await page.evaluate(() => ({
    summary: parseFloat(getComputedStyle(document.querySelector('.present__summary')).fontSize),
    title: parseFloat(getComputedStyle(document.querySelector('.present__title')).fontSize),
  }));
  // At 1280×720 the floors apply: 2rem (32 px) for the summary, 2.5rem (40 px) for the title.
  assert.deepEqual(sizes, { summary: 32, title: 40 });
  assert.equal(new URL(page.url()).searchParams.get('mode'), 'present');
  await page.close();
});

test('keys and clicker keys move between slides, and the slide is in the URL', { timeout: TIMEOUT }, async () => {
  const page = await open('/?mode=present');
  const n = dataset.events.length;
  await page.keyboard.press('ArrowRight');
  await waitSlide(page, 2);
  await page.keyboard.press('PageDown');
  await waitSlide(page, 3);
  await page.keyboard.press('Space');
  await waitSlide(page, 4);
  await page.keyboard.press('PageUp');
  await waitSlide(page, 3);
  await page.keyboard.press('ArrowLeft');
  await waitSlide(page, 2);
  await page.keyboard.press('End');
  await waitSlide(page, n);
  assert.equal(await page.locator('.present__progress').innerText(), `${n} / ${n}`);
  await page.keyboard.press('ArrowRight');
  assert.equal(slideParam(page), String(n), 'stays on the last slide');
  await page.keyboard.press('Home');
  await waitSlide(page, 1);
  await page.close();
});

test('a reload or a shared link lands on the same slide', { timeout: TIMEOUT }, async () => {
  const page = await open('/?mode=present&slide=4');
  const sorted = dataset.events.map((e) => e.id);
  assert.equal(await page.locator('.present__progress').innerText(), `4 / ${sorted.length}`);
  const id = await slideId(page);
  await page.reload();
  assert.equal(await settled(page), 'ready');
  assert.equal(await slideId(page), id);
  await page.close();
});

test('. and B blank the screen; any key brings it back', { timeout: TIMEOUT }, async () => {
  const page = await open('/?mode=present&slide=2');
  await page.keyboard.press('.');
  assert.ok(await page.locator('.present--blank').isVisible());
  assert.ok(!(await page.locator('.present__slide').isVisible()));
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('.present--blank').count(), 0);
  assert.equal(slideParam(page), '2', 'the key that unblanks does not also move');
  await page.keyboard.press('b');
  assert.ok(await page.locator('.present--blank').isVisible());
  await page.close();
});

test('Esc leaves the mode and the page is back', { timeout: TIMEOUT }, async () => {
  const page = await open('/?mode=present&slide=3');
  await page.keyboard.press('Escape');
  await page.locator('.present').waitFor({ state: 'detached' });
  const params = new URL(page.url()).searchParams;
  assert.equal(params.get('mode'), null);
  assert.equal(params.get('slide'), null);
  assert.ok(await page.locator('#timeline').isVisible());
  await page.close();
});

test('one year of anniversaries can be presented', { timeout: TIMEOUT }, async () => {
  const page = await open('/?view=anniversaries&year=2020&mode=present');
  const total = 10; // the anniversaries of 2020 (as in the calendar file, handouts.test.mjs)
  assert.equal(await page.locator('.present__progress').innerText(), `1 / ${total}`);
  const titles = [];
  for (let i = 1; i <= total; i++) {
    if (i > 1) {
      await page.keyboard.press('ArrowRight');
      await waitSlide(page, i);
    }
    titles.push(await page.locator('.present__title').innerText());
  }
  assert.equal(new Set(titles).size, total, titles.join('\n'));
  assert.ok(titles.includes('tròn 80 năm Khởi nghĩa Bắc Sơn (27/9/1940 – 27/9/2020)'), titles.join('\n'));
  await page.close();
});

test('text size and a light high-contrast theme, remembered; readable at 1024×768', { timeout: TIMEOUT }, async () => {
  const page = await open('/?mode=present&slide=1', { width: 1024, height: 768 });
  const summarySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.present__summary')).fontSize));
  const before = await summarySize();
  assert.equal(before, 32.256, '4.2vh of 768 px, above the 32 px floor');
  await page.getByRole('button', { name: 'Chữ lớn hơn' }).click();
  await until(page, 'the 125 % text size', () => document.querySelector('.present--size-125') !== null);
  assert.equal(await summarySize(), 40.32, '125 % of 32.256 px');
  await page.getByRole('button', { name: 'Đổi nền sáng/tối' }).click();
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.present')).backgroundColor);
  assert.equal(bg, 'rgb(255, 255, 255)');
  await page.reload();
  assert.equal(await settled(page), 'ready');
  assert.ok(await page.locator('.present--light.present--size-125').isVisible());
  await page.close();
});

test('a swipe moves to the next slide', { timeout: TIMEOUT }, async () => {
  const page = await open('/?mode=present&slide=1', { width: 390, height: 844 });
  const box = await page.locator('.present__stage').boundingBox();
  await page.mouse.move(box.x + 300, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + 210, { steps: 4 });
  await page.mouse.up();
  await waitSlide(page, 2);
  await page.close();
});

test('every control shows an SVG icon, never a symbol character, and keeps its name', { timeout: TIMEOUT }, async () => {
  const page = await open('/?mode=present&slide=1');
  const names = ['Trang trước', 'Trang sau', 'Chữ nhỏ hơn', 'Chữ lớn hơn', 'Đổi nền sáng/tối', 'Toàn màn hình (F)', 'Thoát trình chiếu (Esc)'];
  assert.equal(await page.locator('.present__button').count(), names.length);
  for (const name of names) {
    const button = page.getByRole('button', { name, exact: true });
    const icon = await button.evaluate((b) => {
      const box = b.querySelector('svg')?.getBoundingClientRect();
      const shown = [...b.childNodes].filter((n) => !(n.classList?.contains('visually-hidden'))).map((n) => n.textContent).join('');
      return { width: box?.width, height: box?.height, shown: shown.trim() };
    });
    assert.deepEqual(icon, { width: 24, height: 24, shown: '' }, name);
  }
  await page.close();
});
