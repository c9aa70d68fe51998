// End-to-end: the editors' page (editor.html). A workbook with five good rows and two bad ones
// goes in through the file input; the problems name the two rows by number and column, the
// preview shows the five events, the change list against the bundled data is right, the download
// passes `daumoc validate`; nothing leaves 127.0.0.1; axe-core finds no WCAG 2.1 A/AA violation.
// A 10,000-row workbook (inline strings, and shared strings as Excel writes them) is read by the
// import worker: its progress shows by rows, the page answers meanwhile, Cancel ends the worker;
// step 4's file button; a hand-edited JSON file with a syntax error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { openPage, settled } from './browser.mjs';
import { server, browser, dataset, repo, artifacts, setUp, TIMEOUT, WAIT, until, within } from './harness.mjs';
import { xlsx, eventRow, COLUMNS } from './xlsx.mjs';

setUp();

/** Rows 2–8: good, bad date (row 3), good, good, unknown category (row 6), good, good. */
function sheet() {
  const [a, b, c, d] = dataset.events;
  const changed = { ...b, title: { ...b.title, vi: `${b.title.vi} (sửa)` } };
  const added = { ...a, id: 'su-kien-moi-e2e', title: { vi: 'Sự kiện mới', en: 'A new event' } };
  const badDate = eventRow({ ...a, id: 'ngay-sai' });
  badDate[COLUMNS.indexOf('date')] = '27/9/1940';
  const badCategory = eventRow({ ...c, id: 'loai-sai' });
  badCategory[COLUMNS.indexOf('category')] = 'festival';
  return xlsx('Sự kiện', [COLUMNS, eventRow(a), badDate, eventRow(changed), eventRow(c), badCategory, eventRow(d), eventRow(added)]);
}

test('a workbook with two bad rows: located problems, preview, changes, a valid download, nothing sent', { timeout: TIMEOUT }, async () => {
  const page = await openPage(browser);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.url}/editor.html`);
  assert.equal(await settled(page), 'ready');
  assert.equal(await page.locator('h1').textContent(), 'Cập nhật dữ liệu');
  const file = path.join(artifacts, 'editor-sheet.xlsx');
  await fs.writeFile(file, sheet());
  await page.setInputFiles('#file-input', file);
  await until(page, 'the file to be read', () => document.querySelector('#open-counts'));
  assert.equal(await page.locator('#open-counts').textContent(), '5 sự kiện hợp lệ · 2 dòng có lỗi bị bỏ · 0 cảnh báo');
  assert.match(await page.locator('#open-summary').textContent(), /^Đã mở editor-sheet\.xlsx: bảng tính Excel \(\.xlsx\), trang tính "Sự kiện"\.$/);

  // The problems, by row and column.
  const groups = page.locator('.problem-list--error .problem-group');
  assert.equal(await groups.count(), 2);
  assert.equal(await groups.nth(0).locator('.problem-group__place').textContent(), 'Trang tính Sự kiện, dòng 3');
  assert.equal(await groups.nth(0).locator('.problem__column').textContent(), 'cột B (date): ');
  assert.match(await groups.nth(0).locator('.problem__message').textContent(), /^ngày "27\/9\/1940" không hợp lệ/);
  assert.equal(await groups.nth(1).locator('.problem-group__place').textContent(), 'Trang tính Sự kiện, dòng 6');
  assert.equal(await groups.nth(1).locator('.problem__column').textContent(), 'cột D (category): ');
  // "Xem dòng" shows the row, the faulty cell marked.
  await groups.nth(1).getByRole('button').click();
  await page.locator('#row-panel').waitFor();
  assert.equal(await page.locator('#row-panel tr.is-bad td').textContent(), 'festival');

  // The preview: the app's timeline with the five events.
  await until(page, 'the preview to list five events', () => document.querySelectorAll('#preview [data-event-id]').length === 5);
  assert.match(await page.locator('#preview .result-count').textContent(), /5/);

  // What changes on the site.
  await page.locator('#compare-site').click();
  await page.locator('#changes-added').waitFor();
  const [a, b] = dataset.events;
  assert.deepEqual(await page.locator('ul.changes-added li').evaluateAll((l) => l.map((e) => e.dataset.id)), ['su-kien-moi-e2e']);
  assert.deepEqual(await page.locator('ul.changes-changed > li').evaluateAll((l) => l.map((e) => e.dataset.id)), [b.id]);
  assert.deepEqual(await page.locator('ul.changes-changed tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent))),
    [['title.vi', b.title.vi, `${b.title.vi} (sửa)`]]);
  assert.equal(await page.locator('ul.changes-removed li').count(), dataset.events.length - 4);
  assert.equal(await page.locator('.changes-unchanged').textContent(), '3 sự kiện không đổi.');
  assert.ok(!(await page.locator('ul.changes-removed li').evaluateAll((l) => l.map((e) => e.dataset.id))).includes(a.id));

  // The download: valid for the validator, five events.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-dataset').click()]);
  assert.equal(download.suggestedFilename(), 'editor-sheet.json');
  const saved = path.join(artifacts, 'editor-sheet.json');
  await within(download.saveAs(saved), WAIT, 'the dataset download');
  const written = JSON.parse(await fs.readFile(saved, 'utf8'));
  assert.equal(written.events.length, 5);
  assert.equal(written.title.vi, dataset.title.vi);
  execFileSync('cargo', ['run', '-q', '--locked', '-p', 'daumoc-cli', '--', 'validate', saved], { cwd: repo, stdio: 'pipe' });

  // The Excel template downloads too.
  const [template] = await Promise.all([page.waitForEvent('download'), page.locator('#download-xlsx-template').click()]);
  assert.equal(template.suggestedFilename(), 'mau-su-kien.xlsx');

  // Nothing but the page's own files was asked for.
  const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(page.problems, []);
});

test('axe: no WCAG 2.1 A/AA violation on the editors\' page, with a file open (vi, en)', { timeout: TIMEOUT }, async () => {
  const axeSource = await fs.readFile(path.join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const file = path.join(artifacts, 'editor-sheet.xlsx');
  await fs.writeFile(file, sheet());
  for (const lang of ['vi', 'en']) {
    const page = await openPage(browser);
    await page.goto(`${server.url}/editor.html?lang=${lang}`);
    assert.equal(await settled(page), 'ready');
    await page.setInputFiles('#file-input', file);
    await until(page, 'the preview', () => document.querySelectorAll('#preview [data-event-id]').length === 5);
    await page.locator('.problem-list--error .problem-group__show').first().click();
    await page.locator('#compare-site').click();
    await page.locator('#changes-added').waitFor();
    await page.evaluate(axeSource);
    const result = await within(page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })),
      WAIT, 'axe on the editors\' page');
    const found = result.violations.map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    assert.deepEqual(found, [], lang);
    if (lang === 'vi') {
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.locator('#problems').screenshot({ path: path.join(artifacts, 'editor-problems.png') });
      await page.locator('main .editor-step').first().screenshot({ path: path.join(artifacts, 'editor-open.png') });
      await page.locator('#changes').screenshot({ path: path.join(artifacts, 'editor-changes.png') });
    }
  }
});

/** A workbook of 10,000 rows of the bundled events under new ids; every 1,000th row (from row 2) has a bad date. */
async function bigSheet({ sharedStrings = false } = {}) {
  const file = path.join(artifacts, sharedStrings ? 'editor-10000-shared.xlsx' : 'editor-10000.xlsx');
  const rows = [COLUMNS];
  for (let i = 0; i < 10_000; i++) {
    const e = dataset.events[i % dataset.events.length];
    const row = eventRow({ ...e, id: `${e.id}-${i}` });
    if (i % 1000 === 0) row[COLUMNS.indexOf('date')] = 'năm ngoái';
    rows.push(row);
  }
  await fs.writeFile(file, xlsx('Sự kiện', rows, { sharedStrings }));
  return file;
}

/** The progress line once some of the sheet is read: "Đang đọc bảng tính… 250 / 10001 dòng" (the header is row 1). */
const SHEET_PROGRESS = /^Đang đọc bảng tính… ([1-9]\d*) \/ 10001 dòng$/;
/** The progress line once some rows are converted: "Đã kiểm tra 250 / 10000 dòng…". */
const ROWS_PROGRESS = /^Đã kiểm tra ([1-9]\d*) \/ 10000 dòng…$/;

/**
 * Watches the page's Web Workers (the import worker): each one's console errors (a policy
 * violation, a fault) join the page's problems; resolves to the list of workers started.
 */
function watchWorkers(page) {
  const workers = [];
  page.on('worker', (worker) => {
    const entry = { url: worker.url(), closed: new Promise((resolve) => worker.on('close', resolve)) };
    worker.on('console', (m) => { if (m.type() === 'error') page.problems.push(`worker: ${m.text()}`); });
    workers.push(entry);
  });
  return workers;
}

/** Waits for the progress line to match `pattern`; resolves to the count it shows. */
async function progressSeen(page, pattern, what) {
  const seen = await until(page, what, (source) => {
    const text = document.querySelector('#open-progress')?.textContent ?? '';
    return new RegExp(source).test(text) && text;
  }, pattern.source);
  return Number(pattern.exec(await seen.jsonValue())[1]);
}

test('a 10,000-row workbook: progress by rows while it is read, then the counts and the preview', { timeout: TIMEOUT }, async () => {
  const file = await bigSheet();
  const page = await openPage(browser);
  await page.goto(`${server.url}/editor.html`);
  assert.equal(await settled(page), 'ready');
  await page.setInputFiles('#file-input', file);
  const read = await progressSeen(page, SHEET_PROGRESS, 'the sheet read with a row count');
  assert.ok(read < 10_001, `${read}`);
  const done = await progressSeen(page, ROWS_PROGRESS, 'the rows checked with a row count');
  assert.ok(done > 0 && done < 10_000, `${done}`);
  assert.equal(await page.locator('#cancel-open').textContent(), 'Hủy');
  await until(page, 'the file to be read', () => document.querySelector('#open-counts'));
  assert.equal(await page.locator('#open-counts').textContent(), '9990 sự kiện hợp lệ · 10 dòng có lỗi bị bỏ · 0 cảnh báo');
  assert.equal(await page.locator('.problem-list--error .problem-group').count(), 10);
  assert.equal(await page.locator('.problem-list--error .problem-group__place').last().textContent(), 'Trang tính Sự kiện, dòng 9002');
  await until(page, 'the preview of the events', () => document.querySelectorAll('#preview [data-event-id]').length > 0);
  assert.match(await page.locator('#preview .result-count').textContent(), /9990/);
  assert.equal(await page.locator('#open-progress').count(), 0);
  assert.equal(await page.locator('#cancel-open').count(), 0);
  assert.deepEqual(page.problems, []);
});

test('a 10,000-row workbook with shared strings, as Excel writes it: progress, the page answers while it is read, exact counts', { timeout: TIMEOUT }, async () => {
  const file = await bigSheet({ sharedStrings: true });
  const page = await openPage(browser);
  const workers = watchWorkers(page);
  const loaded = [];
  page.on('requestfinished', async (r) => { if ((await r.response())?.status() === 200) loaded.push(new URL(r.url()).pathname); });
  await page.goto(`${server.url}/editor.html`);
  assert.equal(await settled(page), 'ready');
  await page.setInputFiles('#file-input', file);
  const read = await progressSeen(page, SHEET_PROGRESS, 'the sheet read with a row count');
  assert.ok(read < 10_001, `${read}`);
  // While the worker reads, the page answers a click: the progress line switches language.
  await until(page, 'the language switch clicked while the file is read', () => {
    const button = document.querySelector('.lang-switch');
    if (!document.querySelector('#open-progress') || !button) return false;
    button.click();
    return true;
  });
  await until(page, 'the progress in English', () => /^(Reading the sheet… \d+ of 10001 rows|Checked \d+ of 10000 rows…|Checking every row…|Building the preview…)$/
    .test(document.querySelector('#open-progress')?.textContent ?? ''));
  await until(page, 'the file to be read', () => document.querySelector('#open-counts'));
  assert.equal(await page.locator('#open-counts').textContent(), '9990 valid events · 10 rows with errors left out · 0 warnings');
  assert.equal(await page.locator('.problem-list--error .problem-group').count(), 10);
  assert.equal(await page.locator('.problem-list--error .problem-group__place').last().textContent(), 'Sheet Sự kiện, row 9002');
  // The row of a problem is shown on click (only the rows with problems came from the worker).
  await page.locator('.problem-list--error .problem-group__show').last().click();
  await page.locator('#row-panel').waitFor();
  assert.match(await page.locator('#row-panel').textContent(), /năm ngoái/);
  await until(page, 'the preview of the events', () => document.querySelectorAll('#preview [data-event-id]').length > 0);
  assert.match(await page.locator('#preview .result-count').textContent(), /9990/);
  // The import ran in the worker (its files served, itself started once and ended once done).
  assert.deepEqual(workers.map((w) => path.basename(new URL(w.url).pathname)), ['import_worker_loader.js']);
  await within(workers[0].closed, WAIT, 'the import worker to end once the file is read');
  for (const file of ['/import_worker.js', '/import_worker_bg.wasm']) assert.ok(loaded.includes(file), `${file} loaded: ${loaded.join(', ')}`);
  assert.deepEqual(page.problems, []);
});

/** Opens the seven-row sheet (page in English): the counts, then the preview of five events. */
async function openSmall(page, name) {
  const small = path.join(artifacts, name);
  await fs.writeFile(small, sheet());
  await page.setInputFiles('#file-input', small);
  await until(page, 'the small file to be read', () => document.querySelector('#open-counts'));
  assert.equal(await page.locator('#open-counts').textContent(), '5 valid events · 2 rows with errors left out · 0 warnings');
  await until(page, 'the preview of five events', () => document.querySelectorAll('#preview [data-event-id]').length === 5);
}

for (const [phase, progress] of [['read', /^Reading the sheet… \d+ of 10001 rows$/], ['checked', /^Checked \d+ of 10000 rows…$/]]) {
  test(`Cancel stops a 10,000-row workbook while its rows are ${phase}; a small file opens afterwards`, { timeout: TIMEOUT }, async () => {
    const file = await bigSheet();
    const page = await openPage(browser);
    const workers = watchWorkers(page);
    await page.goto(`${server.url}/editor.html?lang=en`);
    assert.equal(await settled(page), 'ready');
    await page.setInputFiles('#file-input', file);
    // Clicked in the same turn as the progress is seen, so the import is surely still running.
    await until(page, `the progress while the rows are ${phase}, to cancel it`, (source) => {
      const progress = document.querySelector('#open-progress')?.textContent ?? '';
      const cancel = document.querySelector('#cancel-open');
      if (!new RegExp(source).test(progress) || !cancel) return false;
      cancel.click();
      return true;
    }, progress.source);
    await page.locator('#open-cancelled').waitFor();
    // Cancel ended the worker.
    assert.equal(workers.length, 1);
    await within(workers[0].closed, WAIT, 'the import worker to end on Cancel');
    assert.equal(await page.locator('#open-cancelled').textContent(), 'Opening the file was cancelled. The file open before (if any) is unchanged.');
    assert.equal(await page.locator('#open-progress').count(), 0);
    assert.equal(await page.locator('#open-counts').count(), 0);
    assert.equal(await page.locator('#preview [data-event-id]').count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'ready');
    // Focus goes back to where the next file is chosen ("Choose a file"), not to the page.
    await until(page, 'the focus on the file input', () => document.activeElement?.id === 'file-input');

    // A small file opens as usual, and nothing of the cancelled one shows up.
    await openSmall(page, 'editor-sheet.xlsx');
    assert.equal(await page.locator('#open-cancelled').count(), 0);
    assert.deepEqual(page.problems, []);
  });
}

test('a worker that cannot start: the page reads the file itself', { timeout: TIMEOUT }, async () => {
  const page = await openPage(browser);
  // The worker's loader is not served (a deploy without it, or a proxy that refuses it).
  await page.route('**/import_worker_loader.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`${server.url}/editor.html?lang=en`);
  assert.equal(await settled(page), 'ready');
  await openSmall(page, 'editor-sheet-no-worker.xlsx');
  assert.equal(await page.locator('.editor-failure').count(), 0);
  // The browser reports the refused script itself; nothing else went wrong.
  assert.deepEqual(page.problems.filter((p) => !/404|import_worker_loader/.test(p)), []);
});

test('step 4 compares with a picked file through a labelled button (vi, en)', { timeout: TIMEOUT }, async () => {
  const file = path.join(artifacts, 'editor-sheet.xlsx');
  await fs.writeFile(file, sheet());
  for (const [lang, label] of [['vi', 'So sánh với một tệp dữ liệu…'], ['en', 'Compare with a dataset file…']]) {
    const page = await openPage(browser);
    await page.goto(`${server.url}/editor.html?lang=${lang}`);
    assert.equal(await settled(page), 'ready');
    assert.equal(await page.locator('label[for="compare-file"]').textContent(), label);
    await until(page, 'the published data', () => !document.querySelector('#compare-site').disabled);
    // Keyboard: Tab from the button before it reaches the input, whose focus shows on the label.
    await page.locator('#compare-site').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'compare-file');
    assert.notEqual(await page.locator('label[for="compare-file"]').evaluate((l) => getComputedStyle(l).outlineStyle), 'none');
    await page.setInputFiles('#file-input', file);
    await until(page, 'the file to be read', () => document.querySelector('#open-counts'));
    await page.setInputFiles('#compare-file', file);
    await page.locator('.changes-none').waitFor();
    assert.match(await page.locator('#change-list > p').first().textContent(), /editor-sheet\.xlsx/);
    assert.deepEqual(page.problems, []);
  }
});

test('a hand-edited JSON file with a syntax error: its line and column, and what to type, in vi and en', { timeout: TIMEOUT }, async () => {
  const file = path.join(artifacts, 'editor-trailing-comma.json');
  await fs.writeFile(file, '{"version": 1, "events": [\n  {"id": "a"},\n]}\n');
  for (const [lang, expected] of [
    ['vi', 'Tệp không phải JSON hợp lệ (dòng 3, cột 1): thừa một dấu phẩy trước dấu ] hoặc }'],
    ['en', 'The file is not valid JSON (line 3, column 1): there is an extra comma before a ] or }'],
  ]) {
    const page = await openPage(browser);
    await page.goto(`${server.url}/editor.html?lang=${lang}`);
    assert.equal(await settled(page), 'ready');
    await page.setInputFiles('#file-input', file);
    await until(page, 'the file to be refused', () => document.querySelector('.editor-failure'));
    assert.equal(await page.locator('.editor-failure').textContent(), expected, lang);
    await page.close();
  }
});
