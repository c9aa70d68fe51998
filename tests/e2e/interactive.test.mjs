// End-to-end: search, filters, URL state, detail, anniversaries, languages, keyboard — as a visitor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, settled } from './browser.mjs';
import { server, browser, dataset, setUp, TIMEOUT, newContext, until } from './harness.mjs';

setUp();

async function open(url, viewport) {
  const page = await openPage(browser, viewport);
  await page.goto(server.url + url);
  assert.equal(await settled(page), 'ready');
  return page;
}

const shownIds = (page) =>
  page.locator('#timeline [data-event-id]').evaluateAll((els) => els.map((e) => e.dataset.eventId));
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
const query = (page) => new URL(page.url()).searchParams;
const count = (page) => page.locator('.result-count').innerText();
const cardsShown = (page, n) =>
  until(page, `${n} cards in the timeline`, (n) => document.querySelectorAll('#timeline [data-event-id]').length === n, n);
const focusOn = (page, id) =>
  until(page, `focus on the card of ${id}`, (id) => document.activeElement?.closest('[data-event-id]')?.dataset.eventId === id, id);

test('typing "bac son" finds the Bắc Sơn uprising, highlighted, and puts q in the URL', { timeout: TIMEOUT }, async () => {
  const page = await open('/');
  await page.locator('input[type=search]').fill('bac son');
  await cardsShown(page, 1);
  assert.deepEqual(await shownIds(page), ['khoi-nghia-bac-son']);
  assert.equal(await count(page), `1 / ${dataset.events.length} sự kiện`);
  const marks = await page.locator('[data-event-id="khoi-nghia-bac-son"] .event__title mark').allInnerTexts();
  assert.deepEqual(marks, ['Bắc', 'Sơn']);
  // The address follows once typing pauses.
  await until(page, 'q=bac son in the URL', () => new URLSearchParams(location.search).get('q') === 'bac son');
  await page.close();
});

test('an event opened straight after typing is a new step after the search: Back returns to the search', { timeout: TIMEOUT }, async () => {
  const page = await open('/');
  await page.locator('input[type=search]').fill('bac son');
  await cardsShown(page, 1);
  // At once, before typing's pause has written the address.
  await page.locator('[data-event-id="khoi-nghia-bac-son"] .event__link').click();
  await page.locator('#event-detail[open]').waitFor();
  assert.equal(query(page).get('event'), 'khoi-nghia-bac-son');
  assert.equal(query(page).get('q'), 'bac son');
  await page.goBack();
  await until(page, 'the detail to close after Back', () => !document.querySelector('#event-detail[open]'));
  assert.equal(new URL(page.url()).search, '?q=bac+son', 'Back returns to the search as typed');
  assert.equal(await page.locator('input[type=search]').inputValue(), 'bac son');
  await cardsShown(page, 1);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('on a phone the filter sheet closes by Escape from its toggle or from inside, and by its buttons, focus back on the toggle', { timeout: TIMEOUT }, async () => {
  const page = await open('/', { width: 390, height: 844 });
  const toggle = page.locator('.filters__toggle');
  const isOpen = () => page.locator('#filter-panel').evaluate((p) => p.classList.contains('is-open') && getComputedStyle(p).display !== 'none');
  const closedOnToggle = async (how) => {
    await until(page, `the sheet closed (${how})`, () => !document.querySelector('#filter-panel.is-open'));
    assert.equal(await isOpen(), false, how);
    assert.equal(await toggle.evaluate((t) => t === document.activeElement), true, `focus on the toggle after ${how}`);
  };
  await toggle.click();
  assert.equal(await isOpen(), true, 'opened by its toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Escape');
  await closedOnToggle('Escape on the toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  await until(page, 'the chips in the sheet', () => document.querySelectorAll('#filter-panel.is-open .chip').length >= 2);
  await page.locator('#filter-panel .chip').first().focus();
  await page.keyboard.press('Escape');
  await closedOnToggle('Escape on a chip');
  await toggle.click();
  await page.locator('#filter-panel .filters__sheet-footer .button').click();
  await closedOnToggle('its show-results button');
  await toggle.click();
  await page.locator('#filter-panel .detail__close').click();
  await closedOnToggle('its close button');
  await page.close();
});

test('in the whole list, the words are marked on the cards near the screen, on the others as they come near, on all for print', { timeout: TIMEOUT }, async () => {
  const page = await open('/', { width: 390, height: 844 });
  await page.locator('input[type=search]').fill('lang son');
  const n = dataset.events.filter((e) => fold(`${e.title.vi} ${e.summary?.vi ?? ''} ${e.place?.vi ?? ''} ${e.source?.title ?? ''}`).includes('lang son')).length;
  // The cards whose title or summary shows the words, each with its marks and its place on the page.
  const cards = () => page.locator('#timeline [data-event-id]').evaluateAll((els) => els
    .filter((e) => /lạng\s+sơn/i.test(e.querySelector('.event__title').textContent + ' ' + (e.querySelector('.event__summary')?.textContent ?? '')))
    .map((e) => ({ id: e.dataset.eventId, marks: e.querySelectorAll('.event__title mark, .event__summary mark').length, top: e.getBoundingClientRect().top })));
  await until(page, 'the first card to be marked', () => document.querySelector('#timeline .event mark'));
  let shown = await cards();
  assert.ok(shown.length >= 10 && shown.length <= n, `${shown.length} cards show the words`);
  // Half a screen above and below the screen is "near"; cards well below it carry no mark yet.
  const near = shown.filter((c) => c.top < 844 * 1.5 - 1);
  const far = shown.filter((c) => c.top > 844 * 2);
  assert.ok(near.length >= 1 && near.every((c) => c.marks >= 2), JSON.stringify(near));
  assert.ok(far.length >= 3 && far.every((c) => c.marks === 0), JSON.stringify(far));
  // Scrolled to, the last one is marked before the frame shows it.
  const last = far[far.length - 1].id;
  await page.locator(`[data-event-id="${last}"]`).scrollIntoViewIfNeeded();
  await until(page, `marks on ${last}`, (id) => document.querySelector(`[data-event-id="${id}"] .event__title mark, [data-event-id="${id}"] .event__summary mark`), last);
  // Printing marks every card.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await until(page, 'every card to be marked for print', () => [...document.querySelectorAll('#timeline [data-event-id]')]
    .filter((e) => /lạng\s+sơn/i.test(e.textContent)).every((e) => e.querySelector('mark')));
  shown = await cards();
  assert.ok(shown.every((c) => c.marks >= 2), JSON.stringify(shown.filter((c) => c.marks < 2)));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.close();
});

test('upper case, decomposed (NFD) and accented input find the same events', { timeout: TIMEOUT }, async () => {
  const page = await open('/');
  for (const typed of ['BẮC SƠN', 'Bắc Sơn'.normalize('NFD'), 'Bắc   sơn']) {
    await page.locator('input[type=search]').fill(typed);
    await cardsShown(page, 1);
    assert.deepEqual(await shownIds(page), ['khoi-nghia-bac-son'], typed);
  }
  await page.close();
});

test('"dai hoi" finds every event whose title says "Đại hội"', { timeout: TIMEOUT }, async () => {
  const page = await open('/?q=dai+hoi');
  const ids = await shownIds(page);
  const titled = dataset.events.filter((e) => fold(e.title.vi).includes('dai hoi')).map((e) => e.id);
  assert.deepEqual(titled, [
    'dai-hoi-dang-bo-tinh-lan-thu-xvi', 'dai-hoi-dang-cac-cap-2020', 'dai-hoi-dang-bo-tinh-lan-thu-xvii',
    'dai-hoi-thi-dua-yeu-nuoc-tinh-lan-thu-v', 'dai-hoi-thi-dua-yeu-nuoc-toan-quoc-lan-thu-x',
    'dot-thi-dua-cao-diem-chao-mung-dai-hoi-xvii',
  ], 'the six events whose title says "Đại hội"');
  // Those six, and six whose text holds both words apart (each word matches anywhere: "hội đồng",
  // "đại diện … hội nghị"…), in time order.
  assert.deepEqual(ids, [
    'dai-hoi-dang-bo-tinh-lan-thu-xvi', 'ket-qua-nghiem-thu-de-tai-du-an-2019', 'ke-hoach-162-kh-tu',
    'dai-hoi-dang-cac-cap-2020', 'dai-hoi-dang-bo-tinh-lan-thu-xvii', 'dai-hoi-thi-dua-yeu-nuoc-tinh-lan-thu-v',
    'dai-hoi-thi-dua-yeu-nuoc-toan-quoc-lan-thu-x', 'hoi-nghi-bieu-duong-dien-hinh-tien-tien-2020',
    'hoi-nghi-trien-khai-nhiem-vu-2020-ngay-15-1', 'phat-dong-442-pd-ubnd',
    'dot-thi-dua-cao-diem-chao-mung-dai-hoi-xvii', 'ke-hoach-khcn-giai-doan-2021-2025',
  ]);
  assert.equal(await count(page), `12 / ${dataset.events.length} sự kiện`);
  await page.close();
});

test('filters combine, with counts on each option, and one control clears them', { timeout: TIMEOUT }, async () => {
  const page = await open('/', { width: 1280, height: 900 });
  await page.getByRole('button', { name: /^Đại hội \d+$/ }).click();
  await page.getByRole('button', { name: /^Tỉnh \d+$/ }).click();
  const expected = dataset.events.filter((e) => e.category === 'congress' && e.level === 'provincial').map((e) => e.id);
  await cardsShown(page, expected.length);
  assert.deepEqual((await shownIds(page)).sort(), expected.sort());
  assert.equal(query(page).get('cat'), 'congress');
  assert.equal(query(page).get('level'), 'provincial');
  // The level chip counts what it would give with the category filter: provincial congresses.
  assert.match(await page.getByRole('button', { name: /^Tỉnh \d+$/ }).innerText(), new RegExp(`${expected.length}$`));
  await page.locator('.filters__status').getByRole('button', { name: 'Xóa lọc' }).click();
  await cardsShown(page, dataset.events.length);
  assert.equal(new URL(page.url()).search, '');
  await page.close();
});

test('a shared URL restores the same view', { timeout: TIMEOUT }, async () => {
  const page = await open('/?cat=history&from=1930&to=1945');
  const expected = dataset.events
    .filter((e) => e.category === 'history')
    .filter((e) => { const y = Number(e.date.slice(0, 4)); return y >= 1930 && y <= 1945; })
    .map((e) => e.id);
  assert.deepEqual((await shownIds(page)).sort(), expected.sort());
  assert.equal(await page.getByRole('button', { name: /^Lịch sử \d+$/ }).getAttribute('aria-pressed'), 'true');
  await page.close();
});

test('back and forward walk through filter changes', { timeout: TIMEOUT }, async () => {
  const page = await open('/', { width: 1280, height: 900 });
  await page.getByRole('button', { name: /^Văn bản \d+$/ }).click();
  const documents = dataset.events.filter((e) => e.category === 'document').length;
  await cardsShown(page, documents);
  await page.goBack();
  await cardsShown(page, dataset.events.length);
  assert.equal(new URL(page.url()).search, '');
  await page.goForward();
  await cardsShown(page, documents);
  assert.equal(query(page).get('cat'), 'document');
  await page.close();
});

test('clicking the view one is on adds no step to Back', { timeout: TIMEOUT }, async () => {
  const page = await open('/', { width: 1280, height: 900 });
  await page.getByRole('button', { name: /^Văn bản \d+$/ }).click();
  const documents = dataset.events.filter((e) => e.category === 'document').length;
  await cardsShown(page, documents);
  const steps = await page.evaluate(() => history.length);
  const tab = page.locator('.site-nav a.nav__link[aria-current=page]');
  assert.equal(await tab.innerText(), 'Dòng thời gian');
  await tab.click();
  await tab.click();
  assert.equal(query(page).get('cat'), 'document');
  assert.equal(await page.evaluate(() => history.length), steps, 'the same address is not pushed again');
  await page.goBack();
  await cardsShown(page, dataset.events.length);
  assert.equal(new URL(page.url()).search, '');
  await page.close();
});

for (const width of [390, 1280]) {
  test(`the detail opens from a card, closes with Esc and gives focus back (${width}px)`, { timeout: TIMEOUT }, async () => {
    const page = await open('/', { width, height: 900 });
    const link = page.locator('[data-event-id="giai-phong-lang-son"] .event__link');
    await link.click();
    const detail = page.locator('#event-detail[open]');
    await detail.waitFor();
    const text = await detail.innerText();
    assert.match(text, /ngày 17 tháng 10 năm 1950/);
    assert.match(text, /cách đây \d+ năm/);
    assert.match(text, /000_be9e0a07f393d9e2\.txt/);
    assert.equal(query(page).get('event'), 'giai-phong-lang-son');
    await page.keyboard.press('Escape');
    await page.locator('#event-detail:not([open])').waitFor({ state: 'attached' });
    await focusOn(page, 'giai-phong-lang-son');
    assert.equal(query(page).get('event'), null);
    await page.close();
  });
}

test('a permalink opens the event, and an unknown event id is reported', { timeout: TIMEOUT }, async () => {
  let page = await open('/?event=khoi-nghia-bac-son');
  await page.locator('#event-detail[open]').waitFor();
  assert.match(await page.locator('#event-detail').innerText(), /Khởi nghĩa Bắc Sơn/);
  await page.close();
  page = await open('/?event=khong-co');
  assert.match(await page.locator('.param-notice').innerText(), /khong-co/);
  assert.equal(await page.locator('#event-detail[open]').count(), 0);
  await page.close();
});

test('the anniversaries of 2020 are exactly the nine the 2020 articles list and the observance', { timeout: TIMEOUT }, async () => {
  const page = await open('/?view=anniversaries&year=2020');
  const lines = await page.locator('.anniversary').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [e.dataset.eventId, e.innerText])));
  const expected = {
    'ngay-sinh-chu-tich-ho-chi-minh': 130, 'ngay-sinh-dong-chi-luong-van-tri': 110,
    'thanh-lap-dang-cong-san-viet-nam': 90, 'khoi-nghia-bac-son': 80, 'cach-mang-thang-tam': 75,
    'quoc-khanh-2-9-1945': 75, 'giai-phong-mien-nam-thong-nhat-dat-nuoc': 45,
    'chien-thang-bien-gioi-1950': 70, 'giai-phong-lang-son': 70,
  };
  assert.deepEqual(Object.keys(lines).sort(), [...Object.keys(expected), 'ngay-khoa-hoc-va-cong-nghe-viet-nam'].sort(),
    'the anniversaries of 2020: no meeting, term start or document');
  for (const [id, years] of Object.entries(expected)) {
    assert.ok(lines[id], `${id} is listed`);
    assert.match(lines[id], new RegExp(`${years} năm`), id);
  }
  assert.match(lines['khoi-nghia-bac-son'], /tròn 80 năm Khởi nghĩa Bắc Sơn \(27\/9\/1940 – 27\/9\/2020\)/);
  assert.match(lines['khoi-nghia-bac-son'], /★/);
  assert.doesNotMatch(lines['giai-phong-mien-nam-thong-nhat-dat-nuoc'], /★/);
  // Anniversary dates are in order within the year.
  await page.getByRole('button', { name: 'Năm sau' }).click();
  assert.equal(query(page).get('year'), '2021');
  await page.close();
});

test('English: interface, dates and counts', { timeout: TIMEOUT }, async () => {
  const page = await open('/?lang=en');
  assert.equal(await count(page), `${dataset.events.length} / ${dataset.events.length} events`);
  assert.equal(await page.locator('input[type=search]').getAttribute('placeholder'), 'Search: Bắc Sơn, congress, 26/CT-TTg…');
  assert.match(await page.locator('[data-event-id="giai-phong-lang-son"]').innerText(), /17 Oct 1950/);
  await page.close();
});

test('the language is remembered across visits', { timeout: TIMEOUT }, async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url + '/');
  assert.equal(await settled(page), 'ready');
  await page.getByRole('button', { name: 'English' }).click();
  await until(page, 'html lang=en after the switch', () => document.documentElement.lang === 'en');
  await page.goto(server.url + '/');
  assert.equal(await settled(page), 'ready');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await context.close();
});

test('bad parameters are ignored with a visible notice and the rest applies', { timeout: TIMEOUT }, async () => {
  const page = await open('/?from=abc&cat=nonsense,history&level=district');
  const notice = await page.locator('.param-notice').innerText();
  assert.match(notice, /from="abc"/);
  assert.match(notice, /nonsense/);
  assert.match(notice, /district/);
  const history = dataset.events.filter((e) => e.category === 'history').length;
  assert.equal((await shownIds(page)).length, history);
  await page.close();
});

test('an empty result says so and offers to clear', { timeout: TIMEOUT }, async () => {
  const page = await open('/?q=zzzzkhongco');
  assert.match(await page.locator('.empty-result').innerText(), /Không có sự kiện nào khớp/);
  await page.getByRole('button', { name: 'Xóa lọc để xem tất cả' }).click();
  await cardsShown(page, dataset.events.length);
  await page.close();
});

test('keyboard: / focuses the search, arrows move between events, Enter opens', { timeout: TIMEOUT }, async () => {
  const page = await open('/', { width: 1280, height: 900 });
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.type), 'search');
  await page.locator('#timeline .event__link').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  const third = await page.evaluate(() => document.activeElement.closest('[data-event-id]').dataset.eventId);
  assert.equal(third, (await shownIds(page))[2]);
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await page.locator('#event-detail[open]').waitFor();
  assert.equal(query(page).get('event'), (await shownIds(page))[1]);
  await page.close();
});

test('the overview axis jumps to a year by keyboard', { timeout: TIMEOUT }, async () => {
  const page = await open('/', { width: 1280, height: 700 });
  const axis = page.getByRole('slider');
  await axis.focus();
  await page.keyboard.press('End');
  assert.equal(await axis.getAttribute('aria-valuenow'), String(new Date().getFullYear()));
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
  assert.equal(await axis.getAttribute('aria-valuenow'), '1940');
  await page.keyboard.press('Enter');
  await until(page, 'the 1940 heading at the top of the screen', () => {
    const r = document.getElementById('year-1940').getBoundingClientRect();
    return r.top >= -2 && r.top < 50;
  });
  await page.close();
});
