// End-to-end: pictures on events and teachers' lessons, on a test dataset whose images the test
// makes itself (small PNGs from bytes, an SVG), served beside it under ?data=. Thumbnails, detail,
// slide, embed and print show them with their alt text; a missing file keeps the layout and shows
// the alt text; no javascript:/data: address reaches a src or href; no CSP violation; ids= presents
// the chosen slides in order and survives Back/Forward.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { openPage, settled } from './browser.mjs';
import { server, browser, setUp, TIMEOUT } from './harness.mjs';

/** A solid-colour PNG of w×h pixels, built from bytes (signature, IHDR, IDAT, IEND). */
function png(w, h, [r, g, b]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4); sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: w }, () => [r, g, b]).flat())]);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#2a6f4e"/><circle cx="200" cy="150" r="90" fill="#f2c14e"/></svg>';
const event = (id, date, title, extra = {}) => ({
  id, date, category: 'history', level: 'provincial',
  title: { vi: title, en: title }, summary: { vi: `Tóm tắt ${title}.`, en: `Summary of ${title}.` },
  source: { document: 'media-test.txt' }, ...extra,
});
const DATASET = {
  version: 1,
  title: { vi: 'Ảnh thử', en: 'Picture test' },
  events: [
    event('dinh-nong-luc', '1940-09-27', 'Đình Nông Lục', {
      media: [{
        url: 'images/dinh.png', alt: { vi: 'Mái đình Nông Lục', en: 'The roof of Nông Lục communal house' },
        caption: { vi: 'Nơi thành lập đội du kích', en: 'Where the guerrillas first met' }, credit: 'Bảo tàng tỉnh',
      }],
    }),
    event('anh-hong', '1941-02-14', 'Ảnh hỏng', {
      media: [{ url: 'images/missing.png', alt: { vi: 'Ảnh không còn', en: 'A picture that is gone' }, caption: { vi: 'Chú thích còn lại' } }],
    }),
    event('anh-svg', '1945-08-20', 'Ảnh SVG', {
      media: [{ url: './images/mat-troi.svg', alt: { vi: 'Mặt trời trên nền xanh', en: 'A sun on green' } }],
      links: [{ url: 'https://www.youtube.com/watch?v=x', label: { vi: 'Phim tư liệu', en: 'Documentary' } }],
    }),
    event('doc-hai', '1946-01-01', 'Địa chỉ độc', {
      media: [
        { url: 'javascript:alert(1)', alt: { vi: 'độc 1' } },
        { url: 'data:image/png;base64,iVBORw0KGgo=', alt: { vi: 'độc 2' } },
        { url: 'http://127.0.0.1:9/a.png', alt: { vi: 'độc 3' } },
        { url: 'images/dinh.png', alt: { vi: 'độc 4' }, link: 'javascript:alert(2)' },
      ],
    }),
    event('khong-anh', '1950', 'Không ảnh'),
  ],
};
const routes = {
  '/fixtures/media/events.json': (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(DATASET)),
  '/fixtures/media/images/dinh.png': (req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(png(64, 48, [180, 40, 30])),
  '/fixtures/media/images/mat-troi.svg': (req, res) => res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(SVG),
};
setUp({ routes });

const DATA = 'data=fixtures/media/events.json';
async function open(query, viewport = { width: 1280, height: 900 }) {
  const page = await openPage(browser, viewport);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.url}/?${DATA}&${query}`);
  assert.equal(await settled(page), 'ready');
  return page;
}
/** Waits (bounded by the test's timeout) until every <img> of the selector has loaded or failed. */
const imagesDone = (page, selector) => page.waitForFunction((s) => [...document.querySelectorAll(s)].every((i) => i.complete), selector);
const noUnsafeAddress = async (page) => {
  const addresses = await page.evaluate(() => [...document.querySelectorAll('[src], [href]')].map((e) => e.getAttribute('src') ?? e.getAttribute('href')));
  const unsafe = addresses.filter((a) => /^\s*(javascript|data|vbscript):/i.test(a) || /^http:\/\/127\.0\.0\.1:9\//.test(a));
  assert.deepEqual(unsafe, []);
};
const realProblems = (page) => page.problems.filter((p) => !/Failed to load resource.*404/.test(p));

test('cards show a lazy thumbnail in a fixed box with its alt text; a missing file leaves the alt text', { timeout: TIMEOUT }, async () => {
  const page = await open('lang=en', { width: 390, height: 844 });
  const thumb = page.locator('[data-event-id="dinh-nong-luc"] .picture--thumb img');
  assert.equal(await thumb.getAttribute('alt'), 'The roof of Nông Lục communal house');
  assert.equal(await thumb.getAttribute('loading'), 'lazy');
  assert.deepEqual([await thumb.getAttribute('width'), await thumb.getAttribute('height')], ['160', '120']);
  assert.match(await thumb.getAttribute('src'), /\/fixtures\/media\/images\/dinh\.png$/, 'resolved beside the dataset file');
  const broken = page.locator('[data-event-id="anh-hong"] .picture--thumb');
  const before = await broken.locator('.picture__frame').boundingBox();
  await broken.locator('.picture__fallback').waitFor();
  assert.equal(await broken.locator('.picture__fallback').innerText(), 'A picture that is gone');
  const after = await broken.locator('.picture__frame').boundingBox();
  assert.deepEqual([after.width, after.height], [before.width, before.height], 'the box keeps its size');
  assert.ok(after.height > 40, `a visible box, not a hole (${after.height})`);
  // Of four pictures, only the one with a safe address shows (its javascript: link dropped).
  assert.deepEqual(await page.locator('[data-event-id="doc-hai"] .picture img').evaluateAll((els) => els.map((e) => e.alt)), ['độc 4']);
  assert.equal(await page.locator('[data-event-id="khong-anh"] .picture').count(), 0);
  await noUnsafeAddress(page);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(realProblems(page), []);
  await page.screenshot({ path: '/tmp/media-card-390.png' });
  await page.close();
});

test('the detail shows the pictures full width with caption and credit, reachable by keyboard', { timeout: TIMEOUT }, async () => {
  const page = await open('lang=vi&event=dinh-nong-luc');
  const figure = page.locator('#event-detail .picture--full');
  await figure.locator('img').waitFor();
  assert.equal(await figure.locator('img').getAttribute('alt'), 'Mái đình Nông Lục');
  const words = await figure.locator('figcaption').innerText();
  assert.match(words, /^Nơi thành lập đội du kích\s+Ảnh: Bảo tàng tỉnh$/);
  const link = figure.locator('a.picture__frame');
  await link.focus();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('picture__frame')), true);
  await imagesDone(page, '#event-detail img');
  assert.ok(await figure.locator('img').evaluate((i) => i.naturalWidth === 64));
  // A broken picture in the detail: alt text and caption stay.
  await page.goto(`${server.url}/?${DATA}&lang=vi&event=anh-hong`);
  await settled(page);
  const gone = page.locator('#event-detail .picture--full');
  await gone.locator('.picture__fallback').waitFor();
  assert.equal(await gone.locator('.picture__fallback').innerText(), 'Ảnh không còn');
  assert.equal(await gone.locator('figcaption').innerText(), 'Chú thích còn lại');
  // Links to what is not a picture, and the unsafe event.
  await page.goto(`${server.url}/?${DATA}&lang=vi&event=anh-svg`);
  await settled(page);
  const see = page.locator('#event-detail .detail__links a');
  assert.equal(await see.getAttribute('href'), 'https://www.youtube.com/watch?v=x');
  await page.goto(`${server.url}/?${DATA}&lang=vi&event=doc-hai`);
  await settled(page);
  await page.locator('#event-detail[open]').waitFor();
  assert.equal(await page.locator('#event-detail .picture').count(), 1, 'only the safe picture, without its javascript: link');
  await noUnsafeAddress(page);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  await page.close();
});

test('a slide shows the picture large beside the text at 1024×768 and 1280×720', { timeout: TIMEOUT }, async () => {
  for (const [width, height] of [[1024, 768], [1280, 720]]) {
    const page = await open(`lang=vi&mode=present&ids=dinh-nong-luc`, { width, height });
    const slide = page.locator('.present__slide--picture');
    await slide.waitFor();
    await imagesDone(page, '.present img');
    const picture = await slide.locator('.picture__frame').boundingBox();
    const title = await slide.locator('.present__title').boundingBox();
    assert.ok(picture.width >= width * 0.35, `large (${picture.width}px of ${width})`);
    assert.ok(title.x >= picture.x + picture.width - 1, 'the text beside the picture');
    assert.ok(picture.y + picture.height <= height, 'within the screen');
    const titleSize = await slide.locator('.present__title').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(titleSize >= 32, `readable from the back (${titleSize}px)`);
    assert.equal(await slide.locator('img').getAttribute('alt'), 'Mái đình Nông Lục');
    if (width === 1024) await page.screenshot({ path: '/tmp/media-slide-1024.png' });
    // Light theme and text size still apply.
    await page.getByRole('button', { name: 'Chữ lớn hơn' }).click();
    await page.locator('.present--size-125').waitFor();
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    await page.close();
  }
});

test('ids= presents exactly the chosen slides in order and survives Back and Forward', { timeout: TIMEOUT }, async () => {
  const page = await open('lang=en&mode=present&ids=anh-svg,no-such-event,dinh-nong-luc');
  const current = () => page.locator('.present__slide').getAttribute('data-event-id');
  assert.equal(await current(), 'anh-svg');
  assert.match(await page.locator('.present__progress').innerText(), /1\D+2/);
  assert.match(await page.locator('.param-notice').innerText(), /Ignored ids="no-such-event": no event has this id/);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('.present__slide')?.dataset.eventId === 'dinh-nong-luc');
  await page.keyboard.press('Escape');
  await page.locator('.present').waitFor({ state: 'detached' });
  assert.match(page.url(), /ids=anh-svg,dinh-nong-luc/);
  await page.goBack();
  await page.locator('.present__slide').waitFor();
  assert.ok(['anh-svg', 'dinh-nong-luc'].includes(await current()));
  await page.goForward();
  await page.locator('.present').waitFor({ state: 'detached' });
  assert.match(page.url(), /ids=anh-svg,dinh-nong-luc/);
  await page.close();
});

test('a teacher picks events on cards, reorders them by keyboard in the tray and presents them', { timeout: TIMEOUT }, async () => {
  const page = await open('lang=vi');
  await page.locator('[data-event-id="khong-anh"] .lesson-toggle').click();
  await page.locator('[data-event-id="dinh-nong-luc"] .lesson-toggle').click();
  assert.equal(await page.locator('[data-event-id="dinh-nong-luc"] .lesson-toggle').getAttribute('aria-pressed'), 'true');
  await page.waitForFunction(() => location.search.includes('ids=khong-anh,dinh-nong-luc'));
  const tray = page.locator('.lesson');
  assert.match(await tray.locator('.lesson__heading').innerText(), /Bài giảng: 2 sự kiện/);
  const up = tray.getByRole('button', { name: 'Đưa lên trước: Đình Nông Lục' });
  await up.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search.includes('ids=dinh-nong-luc,khong-anh'));
  await tray.getByRole('button', { name: 'Trình chiếu bài giảng' }).click();
  await page.locator('.present__slide').waitFor();
  assert.equal(await page.locator('.present__slide').getAttribute('data-event-id'), 'dinh-nong-luc');
  await page.keyboard.press('Escape');
  await page.locator('.present').waitFor({ state: 'detached' });
  await page.locator('.lesson').getByRole('button', { name: 'Xóa hết' }).click();
  await page.locator('.lesson').waitFor({ state: 'detached' });
  assert.doesNotMatch(page.url(), /ids=/);
  await page.close();
});

test('the embed and the printed handout show the pictures with their alt text and captions', { timeout: TIMEOUT }, async () => {
  const page = await open('lang=en&embed=1', { width: 600, height: 800 });
  const thumb = page.locator('[data-event-id="dinh-nong-luc"] .picture--thumb img');
  assert.equal(await thumb.getAttribute('alt'), 'The roof of Nông Lục communal house');
  await page.emulateMedia({ media: 'print' });
  const caption = page.locator('[data-event-id="dinh-nong-luc"] .picture__caption');
  assert.equal(await caption.isVisible(), true, 'the caption is printed');
  const box = await page.locator('[data-event-id="dinh-nong-luc"] .picture__frame').boundingBox();
  assert.ok(box.width > 150 && box.width < 260, `sized for A4 (${box.width}px)`);
  assert.equal(await page.locator('.lesson-toggle').first().isVisible(), false, 'no buttons on paper');
  await noUnsafeAddress(page);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  await page.close();
});
