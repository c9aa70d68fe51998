// End-to-end: the release build served by real web servers configured from deploy/, as
// docs/deploying.md tells a portal's administrator: Debian's nginx (with its brotli module) and
// Apache 2.4, each under /dau-moc/ of a portal and at the root of a site, on 127.0.0.1.
// Every file of the build is asked for with brotli, with gzip and with neither: the right copy,
// type, encoding, Vary, cache lifetime, policy header, and no X-Frame-Options. Then Chromium opens
// the app through nginx (and through Apache), the service worker takes over and keeps the app
// working with the server gone, and a newsroom's page on another origin embeds it.
// IIS cannot run here: deploy/web.config is read as XML and its rules are played over the same
// files, to answer as nginx and Apache do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import fsSync, { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { repo } from './harness.mjs';
import { serve, CONTENT_SECURITY_POLICY, PAGE_POLICY } from './server.mjs';
import { launch, openPage, appSettled } from './browser.mjs';
import { startNginx, startApache } from './webservers.mjs';

const dist = path.join(repo, 'dist');

// ---- What every answer must be, from the file's name alone ----

const TYPES = {
  html: 'text/html', js: 'text/javascript', css: 'text/css', wasm: 'application/wasm',
  json: 'application/json', svg: 'image/svg+xml', woff2: 'font/woff2',
};
/** The build writes .br and .gz copies of these (scripts/post-build.mjs). */
const COMPRESSIBLE = /\.(wasm|js|css|html|json|svg)$/;
/** trunk's and post-build.mjs's content-hashed names. */
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|css|wasm)$/;
const YEAR = 'public, max-age=31536000, immutable';
const FONTS = 'public, max-age=2592000';

function expected(file) {
  const ext = path.extname(file).slice(1);
  return {
    type: TYPES[ext],
    compressible: COMPRESSIBLE.test(file),
    cache: HASHED.test(file) ? YEAR : ext === 'woff2' ? FONTS : 'no-cache',
  };
}

let files; // every file of the build but the compressed copies, relative to dist/
let metaPolicy;

async function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...await listFiles(path.join(dir, entry.name), rel + '/'));
    else out.push(rel);
  }
  return out;
}

before(async () => {
  const all = await listFiles(dist).catch(() => {
    throw new Error(`no build in ${dist}: run \`trunk build --release --locked\` first`);
  });
  files = all.filter((f) => !/\.(br|gz)$/.test(f)).sort();
  const html = await fs.readFile(path.join(dist, 'index.html'), 'utf8');
  metaPolicy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
});

// ---- Plain HTTP, bounded, with the raw bytes and headers ----

/** GET (or HEAD) with exactly these headers; resolves to { status, headers, raw, body }. */
function request(url, headers = {}, { method = 'GET', timeout = 10000 } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, raw: res.rawHeaders, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.setTimeout(timeout, () => req.destroy(new Error(`no answer from ${url} within ${timeout} ms`)));
    req.on('error', reject);
    req.end();
  });
}
/** How many times the answer carries a header (duplicates would combine two policies). */
const count = (res, name) => res.raw.filter((_, i) => i % 2 === 0 && res.raw[i].toLowerCase() === name).length;
const mediaType = (value) => (value ?? '').split(';')[0].trim().toLowerCase();

const ENCODINGS = [
  { name: 'brotli', accept: 'gzip, deflate, br', encoding: 'br', suffix: '.br' },
  { name: 'gzip', accept: 'gzip', encoding: 'gzip', suffix: '.gz' },
  { name: 'no compression', accept: undefined, encoding: undefined, suffix: '' },
];

/** Checks one answer of a server against the file it stands for; returns a list of problems. */
async function check(res, file, enc, where) {
  const want = expected(file);
  const problems = [];
  const say = (text) => problems.push(`${where} (${enc.name}): ${text}`);
  if (res.status !== 200) { say(`status ${res.status}`); return problems; }
  const suffix = want.compressible ? enc.suffix : '';
  const body = await fs.readFile(path.join(dist, file + suffix));
  if (!res.body.equals(body)) say(`the body is not ${file}${suffix} (${res.body.length} bytes for ${body.length})`);
  const encoding = want.compressible ? enc.encoding : undefined;
  if (res.headers['content-encoding'] !== encoding) say(`Content-Encoding ${res.headers['content-encoding']}, not ${encoding}`);
  if (mediaType(res.headers['content-type']) !== want.type) say(`Content-Type ${res.headers['content-type']}, not ${want.type}`);
  const charset = /charset=([^;\s]+)/i.exec(res.headers['content-type'] ?? '')?.[1];
  if (charset && charset.toLowerCase() !== 'utf-8') say(`charset ${charset}`);
  if (want.compressible && !/\baccept-encoding\b/i.test(res.headers.vary ?? '')) say(`Vary ${res.headers.vary}, without Accept-Encoding`);
  if (res.headers['cache-control'] !== want.cache) say(`Cache-Control ${res.headers['cache-control']}, not ${want.cache}`);
  const policy = file.endsWith('.html') ? PAGE_POLICY : CONTENT_SECURITY_POLICY;
  if (count(res, 'content-security-policy') !== 1 || res.headers['content-security-policy'] !== policy) {
    say(`Content-Security-Policy ×${count(res, 'content-security-policy')}: ${res.headers['content-security-policy']}`);
  }
  if (res.headers['x-content-type-options'] !== 'nosniff') say(`X-Content-Type-Options ${res.headers['x-content-type-options']}`);
  if (res.headers['x-frame-options'] !== undefined) say(`X-Frame-Options ${res.headers['x-frame-options']} (newsrooms could not embed)`);
  if (res.headers['content-language'] !== undefined) say(`Content-Language ${res.headers['content-language']}`);
  return problems;
}

/** Every file of the build, in every encoding, at one place of one server. */
async function checkAll(base, label) {
  const problems = [];
  for (const file of files) {
    for (const enc of ENCODINGS) {
      const res = await request(base + file, enc.accept ? { 'accept-encoding': enc.accept } : {});
      problems.push(...await check(res, file, enc, `${label} ${file}`));
    }
  }
  // The folder itself is its index.html.
  for (const enc of ENCODINGS) {
    const res = await request(base, enc.accept ? { 'accept-encoding': enc.accept } : {});
    problems.push(...await check(res, 'index.html', enc, `${label} (the folder)`));
  }
  return problems;
}

/** What both servers must do beyond the files themselves. */
async function checkSite(site, label) {
  // A hashed file that is not there (a half-copied deploy) is not cached for a year.
  const missing = await request(`${site.portal}/dau-moc/daumoc-0000000000000000_bg.wasm`, { 'accept-encoding': 'br' });
  assert.equal(missing.status, 404, `${label}: a missing hashed file`);
  assert.notEqual(missing.headers['cache-control'], YEAR, `${label}: a 404 is not cached for a year`);
  // The sub-path without its slash goes to the folder, so the page's relative URLs resolve.
  const bare = await request(`${site.portal}/dau-moc`);
  assert.equal(bare.status, 301, `${label}: /dau-moc redirects`);
  assert.match(bare.headers.location, /\/dau-moc\/$/, `${label}: to /dau-moc/`);
  // The portal's own pages keep the portal's headers: the configuration stays in its folder.
  const portalPage = await request(`${site.portal}/`);
  assert.equal(portalPage.status, 200);
  assert.equal(portalPage.headers['x-frame-options'], 'SAMEORIGIN', `${label}: the portal's own page keeps its X-Frame-Options`);
  assert.equal(portalPage.headers['content-security-policy'], undefined, `${label}: the app's policy stays in its folder`);
  // Revalidation of the page and the data: a 304 when nothing changed.
  for (const file of ['', 'data/index.json', 'sw.js']) {
    const first = await request(`${site.portal}/dau-moc/${file}`, { 'accept-encoding': 'br' });
    assert.ok(first.headers.etag || first.headers['last-modified'], `${label}: ${file || 'the page'} has a validator`);
    const again = await request(`${site.portal}/dau-moc/${file}`, {
      'accept-encoding': 'br',
      ...(first.headers.etag ? { 'if-none-match': first.headers.etag } : { 'if-modified-since': first.headers['last-modified'] }),
    });
    assert.equal(again.status, 304, `${label}: ${file || 'the page'} revalidates to a 304`);
  }
}

// ---- The build itself ----

test('the build names its files as the configurations expect', { timeout: 10_000 }, () => {
  for (const [what, pattern] of [
    ['the wasm', /^daumoc-[0-9a-f]{8,16}_bg\.wasm$/], ['the styles (linked by the editors\' page)', /^app-[0-9a-f]{8,16}\.css$/],
    ['the editors\' wasm', /^editor-[0-9a-f]{8,16}_bg\.wasm$/], ['the editors\' glue', /^editor-[0-9a-f]{8,16}\.js$/],
    ['the editors\' styles', /^editor-[0-9a-f]{8,16}\.css$/], ['the editors\' loader', /^editor-start-[0-9a-f]{8,16}\.js$/],
    // The editors' import worker: trunk names a worker's files without a hash (its loader shim
    // names the other two), so they are revalidated (no-cache) rather than kept for a year.
    ['the import worker\'s loader', /^import_worker_loader\.js$/], ['the import worker\'s glue', /^import_worker\.js$/],
    ['the import worker\'s wasm', /^import_worker_bg\.wasm$/],
  ]) {
    assert.equal(files.filter((f) => pattern.test(f)).length, 1, `${what}: one file named like ${pattern}`);
  }
  // The app's chunks (src/chunks.rs): a module per split screen, and the code they share.
  const splits = files.filter((f) => /^split_[a-z]+-[0-9a-f]{16}\.wasm$/.test(f)).map((f) => f.split('-')[0]).sort();
  assert.deepEqual(splits, ['split_anniversaries', 'split_calendar', 'split_detail', 'split_filters', 'split_lesson', 'split_notices', 'split_presentation'], 'one chunk per split screen');
  const shared = files.filter((f) => /^chunk_\d+-[0-9a-f]{16}\.wasm$/.test(f));
  const hashed = files.filter((f) => HASHED.test(f));
  assert.equal(hashed.length, 6 + splits.length + shared.length,
    `exactly six hashed names (the app's wasm, four of the editors' page, the shared styles) and the chunks: ${hashed.join(', ')}`);
  // The visitors' loader and glue are in the page (scripts/post-build.mjs, step 1), not files.
  for (const pattern of [/^daumoc-[0-9a-f]{8,16}\.js$/, /^start-[0-9a-f]{8,16}\.js$/]) {
    assert.equal(files.filter((f) => pattern.test(f)).length, 0, `no file named like ${pattern}: the page holds it`);
  }
  for (const file of files.filter((f) => COMPRESSIBLE.test(f))) {
    for (const suffix of ['.br', '.gz']) assert.ok(existsSync(path.join(dist, file + suffix)), `${file}${suffix} is in the build`);
  }
  assert.ok(files.includes('sw.js') && files.includes('index.html') && files.some((f) => f.startsWith('fonts/')));
  // The page's <meta> is the files' policy (less frame-ancestors, which a <meta> cannot carry)
  // with the hash of each of its inline blocks, and nothing inline is allowed otherwise.
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const hashes = (tag) => [...html.matchAll(new RegExp(`<${tag}(?: type="module"| nomodule)?>([\\s\\S]*?)</${tag}>`, 'g'))]
    .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  assert.equal(hashes('script').length, 3, 'three inline scripts: the early script, the notice for browsers without modules, and the loader with its glue');
  const last = html.slice(html.lastIndexOf('<script type="module">'));
  assert.match(last, /^<script type="module">[^]*WebAssembly\.instantiateStreaming[^]*<\/script>\n<\/body>\n<\/html>\n?$/, 'the loader and its glue end the page');
  assert.equal(last.match(/<\/script>/g).length, 1, 'the loader is one block');
  assert.equal(hashes('style').length, 1, 'one inline stylesheet');
  const expected = CONTENT_SECURITY_POLICY.replace('; frame-ancestors *', '')
    .replace("'wasm-unsafe-eval'", `'wasm-unsafe-eval' ${hashes('script').join(' ')}`)
    .replace("style-src 'self'", `style-src 'self' ${hashes('style').join(' ')}`);
  assert.equal(metaPolicy, expected, "the page's policy: the files' policy with the hashes of its inline blocks");
  assert.doesNotMatch(metaPolicy, /unsafe-inline/);
  // Nothing on the visitors' path waits for a stylesheet or a script file before the first paint.
  assert.doesNotMatch(html, /<link rel="stylesheet"/, 'no stylesheet to fetch before the first paint');
  assert.doesNotMatch(html, /<script src=/, 'no classic script file holds the parser');
});

// ---- nginx ----

let nginx;
test('nginx (deploy/nginx.conf): every file, in every encoding, under /dau-moc/ and at the root', { timeout: 120_000 }, async () => {
  nginx = await startNginx({ repo, dist });
  const problems = [
    ...await checkAll(`${nginx.portal}/dau-moc/`, 'nginx /dau-moc/'),
    ...await checkAll(`${nginx.root}/`, 'nginx root'),
  ];
  assert.deepEqual(problems, []);
  await checkSite(nginx, 'nginx');
});

// ---- Apache ----

let apache;
test('Apache (deploy/apache.conf under /dau-moc/, deploy/.htaccess at the root): every file, in every encoding', { timeout: 120_000 }, async () => {
  apache = await startApache({ repo, dist });
  const problems = [
    ...await checkAll(`${apache.portal}/dau-moc/`, 'Apache /dau-moc/'),
    ...await checkAll(`${apache.root}/`, 'Apache root (.htaccess)'),
  ];
  assert.deepEqual(problems, []);
  await checkSite(apache, 'Apache');
});

// ---- In Chromium ----

let browser;
const chromium = async () => (browser ??= await launch());
const dataset = async () => JSON.parse(await fs.readFile(path.join(repo, 'public/data/events.json'), 'utf8'));

/** Waits (bounded) for the app to settle; fails with what it was doing when it does not. */
async function ready(page, what, timeout = 60_000) {
  await page.waitForFunction(appSettled, null, { timeout })
    .catch(() => { throw new Error(`${what}: the app did not settle within ${timeout} ms`); });
  const state = await page.evaluate(() => document.documentElement.dataset.state);
  assert.equal(state, 'ready', `${what}: the app is ${state}; console: ${page.problems.join(' | ')}`);
}
/** The active service worker's scope, within a bounded wait. */
const workerScope = (page, timeout = 30_000) => page.evaluate((timeout) => Promise.race([
  navigator.serviceWorker.ready.then((r) => r.scope),
  new Promise((resolve) => setTimeout(() => resolve(`no active service worker within ${timeout} ms`), timeout)),
]), timeout);
const events = (page) => page.locator('#timeline [data-event-id]').count();

test('Chromium through nginx under /dau-moc/: ready, compressed, and the service worker keeps it working with the server gone', { timeout: 240_000 }, async () => {
  // An nginx of its own: it is stopped halfway.
  const site = await startNginx({ repo, dist });
  try {
    const page = await openPage(await chromium());
    const responses = [];
    page.on('response', (r) => responses.push(r));
    await page.goto(`${site.portal}/dau-moc/`, { timeout: 30_000 });
    await ready(page, 'through nginx under /dau-moc/');
    const total = (await dataset()).events.length;
    assert.equal(await events(page), total, 'every event shows');

    const wasm = responses.find((r) => /_bg\.wasm$/.test(r.url()));
    assert.ok(wasm, 'the wasm was fetched');
    const headers = await wasm.allHeaders();
    assert.equal(mediaType(headers['content-type']), 'application/wasm');
    const accepted = (await wasm.request().allHeaders())['accept-encoding'] ?? '';
    assert.equal(headers['content-encoding'], /\bbr\b/.test(accepted) ? 'br' : 'gzip', `the wasm came compressed (the browser accepted "${accepted}")`);
    assert.equal(headers['cache-control'], YEAR);

    assert.equal(await workerScope(page), `${site.portal}/dau-moc/`, 'the service worker is active for /dau-moc/');
    await page.reload({ timeout: 30_000 });
    await ready(page, 'reloaded');
    assert.match(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? 'no controller'), /\/dau-moc\/sw\.js$/,
      'the service worker controls the page');
    assert.deepEqual(page.problems, [], 'no console errors, no policy violations');

    // The server goes away: the page, the code and the data come from the worker's cache.
    await site.close();
    await page.reload({ timeout: 30_000 });
    await ready(page, 'with nginx stopped');
    assert.equal(await events(page), total, 'every event shows from the cache');
    await page.context().close();
  } finally {
    await site.close();
  }
});

test("Chromium through Apache at the root (.htaccess): ready, and the service worker's scope is the root", { timeout: 180_000 }, async () => {
  const site = apache ?? await startApache({ repo, dist });
  apache = site;
  const page = await openPage(await chromium());
  await page.goto(`${site.root}/`, { timeout: 30_000 });
  await ready(page, 'through Apache at the root');
  assert.equal(await events(page), (await dataset()).events.length);
  assert.equal(await workerScope(page), `${site.root}/`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a newsroom's page on another origin embeds the app from nginx's /dau-moc/", { timeout: 180_000 }, async () => {
  const site = nginx ?? await startNginx({ repo, dist });
  nginx = site;
  const host = await serve({ dist: path.join(repo, 'tests/e2e/host'), fixtures: path.join(repo, 'tests/fixtures'), csp: false });
  try {
    const page = await openPage(await chromium(), { width: 800, height: 900 });
    const app = `${site.portal}/dau-moc/`;
    await page.goto(`${host.url}/host.html?app=${encodeURIComponent(app)}&preset=${encodeURIComponent('embed=1')}`, { timeout: 30_000 });
    await page.frameLocator('iframe').locator('html[data-state=ready]').waitFor({ state: 'attached', timeout: 60_000 })
      .catch(() => { throw new Error('the embedded app did not become ready within 60 s (framing refused?)'); });
    assert.ok(await page.frameLocator('iframe').locator('#timeline [data-event-id]').count() > 0, 'events show in the frame');
    // embed.js, from the app's server, resizes the frame.
    await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 400, null, { timeout: 30_000 })
      .catch(() => { throw new Error('the frame was not resized by embed.js within 30 s'); });
    await page.context().close();
  } finally {
    await host.close();
  }
});

// ---- IIS, by reading deploy/web.config ----

/** deploy/web.config as data, read by Chromium's XML parser. */
async function readWebConfig(text) {
  const page = await openPage(await chromium());
  try {
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const all = (selector, root = doc) => [...root.querySelectorAll(selector)];
      const attrs = (el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
      const conditions = (el) => ({ grouping: el.getAttribute('logicalGrouping') ?? 'MatchAll', list: all(':scope > add', el).map(attrs) });
      return {
        error,
        urlCompression: attrs(doc.querySelector('system\\.webServer > urlCompression') ?? doc.createElement('x')),
        defaultDocuments: all('defaultDocument > files > add').map((e) => e.getAttribute('value')),
        staticContent: all('staticContent > *').map((e) => ({ tag: e.tagName, ...attrs(e) })),
        customHeaders: all('httpProtocol > customHeaders > *').map((e) => ({ tag: e.tagName, ...attrs(e) })),
        rules: all('rewrite > rules > rule').map((r) => ({
          ...attrs(r),
          url: r.querySelector('match').getAttribute('url'),
          conditions: r.querySelector('conditions') ? conditions(r.querySelector('conditions')) : { grouping: 'MatchAll', list: [] },
          action: attrs(r.querySelector('action')),
        })),
        outbound: all('outboundRules > rule').map((r) => ({
          ...attrs(r), serverVariable: r.querySelector('match').getAttribute('serverVariable'),
          pattern: r.querySelector('match').getAttribute('pattern'), action: attrs(r.querySelector('action')),
        })),
        preConditions: Object.fromEntries(all('outboundRules > preConditions > preCondition').map((p) => [p.getAttribute('name'), conditions(p)])),
      };
    }, text);
  } finally {
    await page.context().close();
  }
}

/**
 * What IIS would answer for a request, played from the configuration's own rules: the inbound
 * rules (in order, with their conditions), the default document, the static file's type by its
 * longest known extension, the client cache, the custom headers and the outbound rules.
 */
function playIis(config, rel, accept) {
  const vars = { HTTP_ACCEPT_ENCODING: accept ?? '' };
  let url = rel;
  for (const rule of config.rules) {
    const m = new RegExp(rule.url, 'i').exec(url);
    if (!m) continue;
    const fill = (s) => s.replace(/\{R:(\d+)\}/g, (_, n) => m[n] ?? '')
      .replace(/\{REQUEST_FILENAME\}/g, path.join(dist, url)).replace(/\{(\w+)\}/g, (_, v) => vars[v] ?? '');
    const results = rule.conditions.list.map((c) => {
      const input = fill(c.input);
      const ok = c.matchType === 'IsFile' ? existsSync(input) && !input.endsWith('/') : new RegExp(c.pattern, 'i').test(input);
      return c.negate === 'true' ? !ok : ok;
    });
    if (rule.conditions.grouping === 'MatchAny' ? !results.some(Boolean) : !results.every(Boolean)) continue;
    assert.equal(rule.action.type, 'Rewrite', `IIS rule ${rule.name}`);
    url = fill(rule.action.url);
    if (rule.stopProcessing === 'true') break;
  }
  if (url === '' || url.endsWith('/')) url += config.defaultDocuments.includes('index.html') ? 'index.html' : '(no default document)';
  const served = path.join(dist, url);
  if (!existsSync(served)) return { status: 404, headers: {}, raw: [], body: Buffer.alloc(0) };
  const headers = {};
  const maps = config.staticContent.filter((e) => e.tag === 'mimeMap');
  const map = maps.filter((e) => url.toLowerCase().endsWith(e.fileExtension.toLowerCase()))
    .sort((a, b) => b.fileExtension.length - a.fileExtension.length)[0];
  if (!map) return { status: 404, headers: {}, raw: [], body: Buffer.alloc(0) }; // 404.3: unknown type
  headers['content-type'] = map.mimeType;
  const cache = config.staticContent.find((e) => e.tag === 'clientCache');
  if (cache?.cacheControlMode === 'DisableCache') headers['cache-control'] = 'no-cache';
  for (const h of config.customHeaders) if (h.tag === 'add') headers[h.name.toLowerCase()] = h.value;
  const out = { REQUEST_FILENAME: served, URL: '/' + rel, RESPONSE_STATUS: '200' };
  for (const rule of config.outbound) {
    const pre = config.preConditions[rule.preCondition];
    if (pre) {
      const results = pre.list.map((c) => new RegExp(c.pattern, 'i').test(c.input.replace(/\{(\w+)\}/g, (_, v) => out[v] ?? '')));
      if (pre.grouping === 'MatchAny' ? !results.some(Boolean) : !results.every(Boolean)) continue;
    }
    headers[rule.serverVariable.replace(/^RESPONSE_/, '').replace(/_/g, '-').toLowerCase()] = rule.action.value;
  }
  const raw = Object.entries(headers).flat();
  return { status: 200, headers, raw, body: existsSync(served) ? fsSync.readFileSync(served) : Buffer.alloc(0) };
}

test('IIS (deploy/web.config, read, not run): its rules answer every file as nginx and Apache do', { timeout: 60_000 }, async () => {
  const config = await readWebConfig(await fs.readFile(path.join(repo, 'deploy/web.config'), 'utf8'));
  assert.equal(config.error, null, 'web.config is well-formed XML');
  assert.equal(config.urlCompression.doStaticCompression, 'false', "IIS's own compression is off (it would compress the copies again)");
  assert.equal(config.urlCompression.doDynamicCompression, 'false');
  // Each type is removed before it is added: a server that already maps it would answer 500.19.
  const elements = config.staticContent;
  for (const [i, e] of elements.entries()) {
    if (e.tag === 'mimeMap') assert.deepEqual(elements[i - 1], { tag: 'remove', fileExtension: e.fileExtension }, `remove before ${e.fileExtension}`);
  }
  for (const ext of ['.wasm', '.woff2', '.json']) assert.ok(elements.some((e) => e.tag === 'mimeMap' && e.fileExtension === ext), `a type for ${ext}`);
  const headers = config.customHeaders;
  assert.ok(headers.some((h) => h.tag === 'remove' && h.name === 'X-Frame-Options'), "the site's X-Frame-Options is removed");
  assert.ok(!headers.some((h) => h.tag === 'add' && /frame-options/i.test(h.name)), 'and none is added');

  const problems = [];
  for (const file of files) {
    for (const enc of ENCODINGS) problems.push(...await check(playIis(config, file, enc.accept), file, enc, `IIS ${file}`));
  }
  for (const enc of ENCODINGS) problems.push(...await check(playIis(config, '', enc.accept), 'index.html', enc, 'IIS (the folder)'));
  assert.deepEqual(problems, []);
  assert.equal(playIis(config, 'daumoc-0000000000000000_bg.wasm', 'br').status, 404);
});

// ---- The files and the documentation agree ----

test('deploy/apache.conf holds deploy/.htaccess word for word; docs/deploying.md quotes every file of deploy/ and the policy', { timeout: 10_000 }, async () => {
  const read = (f) => fs.readFile(path.join(repo, f), 'utf8');
  const conf = await read('deploy/apache.conf');
  const htaccess = await read('deploy/.htaccess');
  const inside = conf.split('    DirectoryIndex index.html\n\n')[1]?.split('</Directory>')[0];
  assert.ok(inside, 'apache.conf has a <Directory> with DirectoryIndex index.html');
  const body = htaccess.slice(htaccess.indexOf('# The file types'));
  assert.equal(inside.replace(/^ {4}/gm, ''), body, 'the <Directory> of apache.conf is .htaccess from "# The file types" on');

  const doc = await read('docs/deploying.md');
  const blocks = [...doc.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  for (const file of ['nginx.conf', 'apache.conf', '.htaccess', 'web.config']) {
    assert.ok(blocks.includes(await read(`deploy/${file}`)), `docs/deploying.md quotes deploy/${file} in full, as it is`);
  }
  // The policy the servers send is the one both documents show.
  for (const file of ['docs/deploying.md', 'docs/security.md']) {
    assert.ok((await read(file)).includes(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`), `${file} shows the policy header`);
    assert.ok((await read(file)).includes(`Content-Security-Policy: ${PAGE_POLICY}`), `${file} shows the pages' policy header`);
  }
});

after(async () => { await browser?.close(); await nginx?.close(); await apache?.close(); });
