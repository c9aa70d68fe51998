// End-to-end: every kind of bad input gives a clear message that says what and where, every valid
// event still shows, and nothing is run from the data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, settled } from './browser.mjs';
import { server, browser, setUp, TIMEOUT, until } from './harness.mjs';

const good = (id, extra = {}) => ({
  id, title: { vi: `Sự kiện ${id}` }, date: '1940-09-27', category: 'history', level: 'provincial',
  source: { document: 'test' }, ...extra,
});
const json = (body, status = 200, type = 'application/json') => (req, res) => {
  res.writeHead(status, { 'content-type': type });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};
const [beforeBadByte, afterBadByte] =
  JSON.stringify({ version: 1, events: [good('bom'), good('byte', { title: { vi: 'Bắc Sơn XX' } })] }).split('XX');
const routes = {
  '/bad/hang.json': () => {},                                   // never answers
  '/bad/error.json': json({ error: 'boom' }, 500),
  '/bad/page.json': json('<!doctype html><title>404</title><h1>Không tìm thấy</h1>', 200, 'text/html'),
  '/bad/shape.json': json([good('a')]),
  '/bad/empty.json': json({ version: 1, events: [] }),
  '/bad/types.json': json({ version: 1, events: [good('ok'), good('so', { title: 42 }), good('ds', { tags: 'bac-son' })] }),
  '/bad/dates.json': json({ version: 1, events: [
    good('ok'), good('feb', { date: '2020-02-30' }), good('m13', { date: '1940-13-01' }), good('word', { date: 'hôm qua' }),
    good('rev', { date: '2020', end: '2015' }), good('ok'), ] }),
  '/bad/strange-text.json': json({ version: 1, events: [
    good('huge', { summary: { vi: 'Rất dài. '.repeat(600_000) } }),
    good('control', { title: { vi: 'Tiêu đề\u0000\u0007 có ký tự điều khiển' } }),
    good('nfd', { title: { vi: 'Khởi nghĩa Bắc Sơn'.normalize('NFD') } }),
    good('rtl', { title: { vi: '\u202eĐảo chiều\u202c và \u200fdấu RTL' } }),
    good('many-tags', { tags: Array.from({ length: 100 }, (_, i) => `the-${i}`) }),
  ] }),
  // Saved with a byte order mark, and one byte that is not UTF-8 (as from an editor saving in
  // a Windows code page): read as a browser reads text, the byte becomes U+FFFD.
  '/bad/encoding.json': (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(beforeBadByte), Buffer.from([0xff]), Buffer.from(afterBadByte)]));
  },
  '/bad/hostile.json': json({ version: 1, events: [
    good('x1', { title: { vi: '<script>window.pwned=1</script>' }, summary: { vi: '"><svg onload=window.pwned=2>' } }),
    good('x2', { title: { vi: '<img src=x onerror=window.pwned=3>' }, source: { document: 'd', url: 'javascript:window.pwned=4' } }),
    good('x3', { source: { document: 'd', url: 'data:text/html,<script>alert(1)</script>' } }),
    good('x4', { source: { document: 'd', url: 'vbscript:msgbox(1)' } }),
    good('x5', { source: { document: 'd', url: 'https://langson.gov.vn/' } }),
  ] }),
};

setUp({ routes });

async function open(url) {
  const page = await openPage(browser, { width: 1280, height: 900 });
  page.on('dialog', (d) => { page.problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(server.url + url);
  const state = await settled(page);
  return { page, state };
}
const alertText = (page) => page.locator('[role=alert]').innerText();
const ids = (page) => page.locator('#timeline [data-event-id]').evaluateAll((els) => els.map((e) => e.dataset.eventId));

test('malformed JSON names the line and column', { timeout: TIMEOUT }, async () => {
  const { page, state } = await open('/?data=fixtures/broken.json&lang=en');
  assert.equal(state, 'error');
  assert.match(await alertText(page), /fixtures\/broken\.json: The file is not valid JSON \(line 1, column \d+\)/);
  await page.close();
});

test('an HTML page instead of JSON, a 500 and a wrong shape are each explained', { timeout: TIMEOUT }, async () => {
  for (const [url, expected] of [
    ['/bad/page.json', /bad\/page\.json: The file is not valid JSON \(line 1, column 1\)/],
    ['/bad/error.json', /The server answered 500 for .*bad\/error\.json/],
    ['/bad/shape.json', /not a Dấu mốc dataset/],
  ]) {
    const { page, state } = await open(`/?lang=en&data=${url}`);
    assert.equal(state, 'error', url);
    assert.match(await alertText(page), expected);
    assert.ok(await page.getByRole('button', { name: 'Try again' }).isVisible());
    await page.close();
  }
});

test('a server that never answers times out with a retry', { timeout: TIMEOUT }, async () => {
  const { page, state } = await open('/?lang=en&data=/bad/hang.json');
  assert.equal(state, 'error');
  assert.match(await alertText(page), /bad\/hang\.json did not answer within 15 seconds/);
  assert.ok(await page.getByRole('button', { name: 'Try again' }).isVisible());
  await page.close();
});

test('an empty dataset says so', { timeout: TIMEOUT }, async () => {
  const { page, state } = await open('/?data=/bad/empty.json');
  assert.equal(state, 'ready');
  assert.match(await page.locator('#timeline').innerText(), /không có sự kiện nào hợp lệ/);
  await page.close();
});

test('a file with a byte order mark and a byte that is not UTF-8 shows every event and says where the byte is', { timeout: TIMEOUT }, async () => {
  const { page, state } = await open('/?data=/bad/encoding.json');
  assert.equal(state, 'ready');
  assert.deepEqual(await ids(page), ['bom', 'byte']);
  assert.equal(await page.locator('[data-event-id="byte"] .event__title').innerText(), 'Bắc Sơn \uFFFD');
  // The column counts characters, not the byte order mark an editor does not see.
  assert.equal(await page.locator('.data-notice[role=status]').innerText(),
    `Tệp không được lưu theo bảng mã UTF-8: chữ không đọc được hiện thành \uFFFD, chỗ đầu tiên ở dòng 1, cột ${beforeBadByte.length + 1} (tổng cộng 1 chỗ). `
    + 'Mọi sự kiện vẫn được hiển thị. Hãy lưu lại tệp với bảng mã UTF-8 (trang biên tập đọc được tệp windows-1258 và ghi lại thành UTF-8)');
  await page.close();
});

test('wrong types and impossible dates skip only their events, each named with its path', { timeout: TIMEOUT }, async () => {
  let { page } = await open('/?data=/bad/types.json&lang=en');
  assert.deepEqual(await ids(page), ['ok']);
  let notice = await page.locator('.data-notice').innerText();
  assert.match(notice, /events\[1\]\.title \(so\): wrong type/);
  assert.match(notice, /events\[2\]\.tags \(ds\): wrong type: expected a list/);
  await page.close();
  ({ page } = await open('/?data=/bad/dates.json'));
  assert.deepEqual(await ids(page), ['ok']);
  notice = await page.locator('.data-notice').innerText();
  for (const expected of [/events\[1\]\.date \(feb\)/, /events\[2\]\.date \(m13\)/, /events\[3\]\.date \(word\): ngày "hôm qua" không hợp lệ/,
    /events\[4\]\.end \(rev\)/, /events\[5\]\.id \(ok\): mã "ok" đã được dùng/]) {
    assert.match(notice, expected);
  }
  await page.close();
});

test('huge, control, decomposed and right-to-left text and 100 tags still show', { timeout: TIMEOUT }, async () => {
  const { page, state } = await open('/?data=/bad/strange-text.json&q=bac+son');
  assert.equal(state, 'ready');
  assert.deepEqual(await ids(page), ['nfd'], 'a decomposed title is found by "bac son"');
  await page.locator('.filters__status').getByRole('button', { name: 'Xóa lọc' }).click();
  await until(page, 'the five events after clearing the search', () => document.querySelectorAll('#timeline [data-event-id]').length === 5);
  const card = await page.locator('[data-event-id="huge"] .event__summary').boundingBox();
  assert.ok(card.height < 200, `a 5 MB summary is clamped on its card (${card.height}px)`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('hostile text stays text and only http(s) links are shown, with noopener', { timeout: TIMEOUT }, async () => {
  const { page, state } = await open('/?data=/bad/hostile.json');
  assert.equal(state, 'ready');
  for (const id of ['x1', 'x2', 'x3', 'x4', 'x5']) {
    await page.locator(`[data-event-id="${id}"] .event__link`).click();
    await page.locator('#event-detail[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#event-detail:not([open])').waitFor({ state: 'attached' });
  }
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('main script, main svg[onload], main img[onerror]').count(), 0);
  assert.match(await page.locator('[data-event-id="x1"]').innerText(), /<script>window\.pwned=1<\/script>/);
  await page.locator('[data-event-id="x5"] .event__link').click();
  const link = page.locator('#event-detail a[href^="http"]');
  assert.equal(await link.getAttribute('href'), 'https://langson.gov.vn/');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.every((h) => /^(\?|#|https?:)/.test(h)), hrefs.join(' '));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('garbage, huge and repeated URL parameters are ignored with a short notice', { timeout: TIMEOUT }, async () => {
  const huge = 'x'.repeat(5000);
  const { page, state } = await open(`/?from=${huge}&cat=history&cat=nonsense&level=&year=-5&slide=abc&%ZZ=1&q=${'bắc '.repeat(200)}`);
  assert.equal(state, 'ready');
  const notice = await page.locator('.param-notice').innerText();
  assert.ok(notice.length < 600, 'values are shortened in the notice');
  assert.match(notice, /from="x{40}…"/, "a value is shown up to its 40th character");
  assert.match(notice, /nonsense/);
  await page.close();
});
