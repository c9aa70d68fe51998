// End-to-end: what leaves the page — the printed handout (PDF), the calendar file, shared links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { openPage, settled } from './browser.mjs';
import { server, browser, dataset, artifacts, setUp, TIMEOUT, WAIT, newContext, until, within } from './harness.mjs';

setUp();

async function open(url) {
  const page = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(server.url + url);
  assert.equal(await settled(page), 'ready');
  return page;
}
const squash = (s) => s.replace(/\s+/g, ' ');

test('printing the filtered view gives an A4 handout with the events and their sources', { timeout: TIMEOUT }, async () => {
  const page = await open('/?cat=history');
  await within(page.evaluate(() => document.fonts.ready), WAIT, 'the fonts to load');
  const file = path.join(artifacts, 'handout.pdf');
  await within(page.pdf({ path: file, format: 'A4', printBackground: false }), WAIT, 'the PDF of the page');
  const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', timeout: WAIT }));
  assert.match(text, /Dấu mốc Lạng Sơn/);
  assert.match(text, /Bộ lọc: Lịch sử/);
  for (const e of dataset.events.filter((e) => e.category === 'history')) {
    assert.ok(text.includes(squash(e.title.vi)), `${e.title.vi} is printed`);
  }
  assert.match(text, /27\/9\/1940/);
  assert.match(text, /Nguồn:/);
  for (const chrome of ['Sắp tới', 'Xóa lọc', 'Tải lịch', 'Trình chiếu', 'Bộ lọc (']) {
    assert.ok(!text.includes(chrome), `no "${chrome}" on paper`);
  }
  assert.ok(!text.includes('Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVI'), 'filtered-out events are not printed');
  await page.close();
});

test('the anniversaries of 2020 download as a valid iCalendar file', { timeout: TIMEOUT }, async () => {
  const page = await open('/?view=anniversaries&year=2020');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải lịch (.ics)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'dau-moc-ky-niem-2020.ics');
  const file = path.join(artifacts, 'anniversaries-2020.ics');
  await within(download.saveAs(file), WAIT, 'the calendar download to finish');
  const raw = await fs.readFile(file);
  const text = raw.toString('utf8');
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  for (const line of text.split('\r\n').slice(0, -1)) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line too long: ${line}`);
    assert.ok(!line.includes('\n'), 'CRLF only');
  }
  const unfolded = text.replace(/\r\n /g, '');
  assert.match(unfolded, /SUMMARY:80 năm Khởi nghĩa Bắc Sơn\r\n/);
  assert.match(unfolded, /DTSTART;VALUE=DATE:20200927\r\n/);
  assert.match(unfolded, /UID:khoi-nghia-bac-son-2020@/);
  assert.match(unfolded, /DTSTAMP:\d{8}T\d{6}Z\r\n/);
  const events = unfolded.match(/BEGIN:VEVENT/g).length;
  assert.equal(events, unfolded.match(/END:VEVENT/g).length);
  assert.equal(events, 10, 'the ten anniversaries of 2020 (nine the articles list and the observance)');
  await page.close();
});

test('the filtered events download as a calendar too', { timeout: TIMEOUT }, async () => {
  const page = await open('/?cat=document');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải lịch (.ics)' }).click(),
  ]);
  const text = await fs.readFile(await within(download.path(), WAIT, 'the calendar download to finish'), 'utf8');
  const documents = dataset.events.filter((e) => e.category === 'document');
  assert.equal(text.match(/BEGIN:VEVENT/g).length, documents.length);
  assert.match(text.replace(/\r\n /g, ''), /UID:chi-thi-26-ct-ttg@/);
  await page.close();
});

test('the page title and description follow the open event, for shared links', { timeout: TIMEOUT }, async () => {
  const page = await open('/?event=khoi-nghia-bac-son');
  assert.equal(await page.title(), 'Khởi nghĩa Bắc Sơn — Dấu mốc Lạng Sơn');
  const bacSon = dataset.events.find((e) => e.id === 'khoi-nghia-bac-son');
  assert.equal(await page.locator('meta[name=description]').getAttribute('content'), bacSon.summary.vi);
  await page.keyboard.press('Escape');
  await until(page, 'the page title back to the site name', () => document.title === 'Dấu mốc Lạng Sơn');
  await page.close();
});

test('copy link puts the permalink on the clipboard', { timeout: TIMEOUT }, async () => {
  const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(server.url + '/?event=giai-phong-lang-son&cat=history');
  assert.equal(await settled(page), 'ready');
  await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await page.getByText('Đã sao chép liên kết').waitFor();
  assert.equal(await within(page.evaluate(() => navigator.clipboard.readText()), WAIT, 'the clipboard to be read'), `${server.url}/?event=giai-phong-lang-son`);
  await context.close();
});
