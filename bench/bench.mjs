// The browser benchmark (not a test: it never fails on slow numbers). Run it through
// `bash bench/run.sh`, which builds the release bundle and generates the datasets first.
//
// Serves dist/ and the generated datasets on 127.0.0.1 with brotli (gzip for clients without it), opens the app in Debian's
// headless Chromium (playwright-core) with `?data=bench-data/events-N.json` for every size, and
// takes, per size, the median of RUNS runs (a fresh browser context, so an empty cache, each
// run). What each number means is written into docs/performance.md with the table.
//
// Environment: BENCH_DATA (directory holding events-N.json; required), SIZES ("50 1000 10000"),
// RUNS (5), SCROLL_FRAMES (3000: the scroll takes at most about this many frames), OUT
// (docs/performance.md; "-" for none), QUERIES ("dai hoi|giải phóng").
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/browser.mjs';
import { policyFor } from '../tests/e2e/server.mjs';
import { chunkFiles, pageCode, wasmHead } from '../scripts/page-code.mjs';
import { PHONE, TARGETS, phoneRun, preparePeerData, lighthouse, label } from './phone.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// bench/run.sh builds into target/bench-dist, so a build or test run using dist/ at the same time
// and the benchmark never write over each other's files.
const dist = path.resolve(repo, process.env.BENCH_DIST || 'dist');
const dataDir = process.env.BENCH_DATA && path.resolve(process.env.BENCH_DATA);
const REPORT_FROM = process.env.REPORT_FROM;
if (!REPORT_FROM && (!dataDir || !fs.existsSync(dataDir))) throw new Error('BENCH_DATA must name the directory of the generated datasets (bench/run.sh sets it)');
let SIZES = (process.env.SIZES || '50 1000 10000').split(/[\s,]+/).filter(Boolean).map(Number);
let RUNS = Math.max(1, Number(process.env.RUNS || 5));
let SCROLL_FRAMES = Math.max(100, Number(process.env.SCROLL_FRAMES || 3000));
const OUT = process.env.OUT ?? path.join(repo, 'docs/performance.md');
let QUERIES = (process.env.QUERIES || 'dai hoi|giải phóng').split('|').map((q) => q.normalize('NFC')).filter(Boolean);
// Every run's raw numbers, kept out of git (bench/.gitignore); REPORT_FROM=<that file> writes the
// report again from them (e.g. after a change to bench/budget.json) without measuring.
const SAVED = path.join(repo, 'bench/results/last-run.json');
const CATEGORY = { id: 'congress', name: 'Đại hội' }; // the chip clicked: .filters__panel .chip.cat-congress
const VIEWPORT = { width: 1280, height: 900 };
// The phone profile (bench/phone.mjs), the peers beside it and Lighthouse; 0 turns each off.
let PHONE_ON = process.env.PHONE !== '0';
let PEERS_ON = PHONE_ON && process.env.PEERS !== '0';
let LH_ON = process.env.LIGHTHOUSE !== '0';
let DESKTOP_ON = process.env.DESKTOP !== '0';
let PHONE_RUNS = Math.max(1, Number(process.env.PHONE_RUNS || 3));
// The bundled dataset and the shared links carry the phone targets, which a single slow run of
// three could move by a hundred milliseconds on a shared runner: five runs each, as Lighthouse
// (a PHONE_RUNS given alone still sets every dataset's runs).
let PHONE_RUNS_BUNDLED = Math.max(1, Number(process.env.PHONE_RUNS_BUNDLED || process.env.PHONE_RUNS || 5));
let LH_RUNS = Math.max(1, Number(process.env.LH_RUNS || 5));
/** How many phone runs a dataset gets. */
const phoneRuns = (n) => (n === 'bundled' ? PHONE_RUNS_BUNDLED : PHONE_RUNS);
let PHONE_SIZES = (process.env.PHONE_SIZES || 'bundled 1000 10000').split(/[\s,]+/).filter(Boolean).map((x) => (x === 'bundled' ? x : Number(x)));
const PEER_TIMEOUT = Math.max(10, Number(process.env.PEER_TIMEOUT || 90));
// Shared links (a search, an event, a filter) on the bundled dataset, phone profile: the early
// script shows the copy's header at once for these, and the app builds the view out of sight.
let SHARED_LINKS = (process.env.SHARED_LINKS ?? '?q=bac+son ?event=khoi-nghia-bac-son ?cat=congress').split(/\s+/).filter(Boolean);
const progress = (...a) => console.error(...a); // progress goes to stderr
let SEED = process.env.SEED || '1'; // only reported: bench/run.sh generated the files with it
const budget = JSON.parse(fs.readFileSync(path.join(repo, 'bench/budget.json'), 'utf8'));
const instrument = fs.readFileSync(path.join(repo, 'bench/instrument.js'), 'utf8');
const log = (...a) => console.log(...a);

// ---------------------------------------------------------------------------------------------
// The server: dist/ at the root, the datasets under /bench-data/. brotli when the browser accepts
// it (Chromium offers it on 127.0.0.1 too), else gzip, as deploy/'s configurations serve the
// build: the precompressed copy beside a file when there is one (post-build writes them, the
// datasets get theirs below), otherwise zlib once per file (the peers' files alike). Counts
// response bodies as sent.

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon', '.woff': 'font/woff', '.ttf': 'font/ttf',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.gif': 'image/gif',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.json', '.svg', '.txt']);

/** code (wasm, JS, CSS, fonts), data (datasets), page (the HTML) or other (icons). */
function kindOf(pathname) {
  if (pathname.startsWith('/bench-data/') || /^\/data\/.*\.json$/.test(pathname)) return 'data';
  const ext = path.extname(pathname);
  if (['.wasm', '.js', '.css', '.woff2', '.woff'].includes(ext)) return 'code';
  if (ext === '.html' || pathname.endsWith('/')) return 'page';
  return 'other';
}

function startServer() {
  const cache = new Map();
  const body = (file, encoding) => {
    const key = `${file}|${encoding}`;
    if (!cache.has(key)) {
      const raw = fs.readFileSync(file);
      if (!encoding || !COMPRESSIBLE.has(path.extname(file))) {
        cache.set(key, { raw: raw.length, sent: raw, encoding: null });
      } else {
        const suffix = encoding === 'br' ? '.br' : '.gz';
        const sent = fs.existsSync(file + suffix) ? fs.readFileSync(file + suffix)
          : encoding === 'br' ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
            : zlib.gzipSync(raw, { level: 9 });
        cache.set(key, { raw: raw.length, sent, encoding });
      }
    }
    return cache.get(key);
  };
  const state = { requests: [], inflight: 0, waiters: [] };
  const server = http.createServer((req, res) => {
    state.inflight++;
    res.on('close', () => {
      state.inflight--;
      if (state.inflight === 0) state.waiters.splice(0).forEach((f) => f());
    });
    const url = new URL(req.url, 'http://127.0.0.1');
    let p = decodeURIComponent(url.pathname);
    let root = dist;
    let peer = false;
    if (p.startsWith('/bench-data/')) { root = dataDir; p = p.slice('/bench-data'.length); }
    // The peers: their host pages (bench/peers/) and their libraries (bench/node_modules/), served
    // without the app's Content-Security-Policy (they inject styles of their own).
    else if (p.startsWith('/peers/')) { root = path.join(repo, 'bench/peers'); p = p.slice('/peers'.length); peer = true; }
    else if (p.startsWith('/peer-lib/')) { root = path.join(repo, 'bench/node_modules'); p = p.slice('/peer-lib'.length); peer = true; }
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(root, path.normalize(p));
    if (!peer) res.setHeader('content-security-policy', policyFor(url.pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      state.requests.push({ path: url.pathname, kind: kindOf(url.pathname), bytes: 0, status: 404 });
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const accept = req.headers['accept-encoding'] || '';
    const { raw, sent, encoding } = body(file, /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null);
    const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': sent.length, vary: 'accept-encoding' };
    if (encoding) headers['content-encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(sent);
    state.requests.push({ path: url.pathname, kind: kindOf(url.pathname), bytes: sent.length, raw, status: 200 });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    state,
    reset() { state.requests = []; },
    drained() { return state.inflight === 0 ? Promise.resolve() : new Promise((r) => state.waiters.push(r)); },
    close() { server.closeAllConnections?.(); return new Promise((r) => server.close(r)); },
  })));
}

// ---------------------------------------------------------------------------------------------
// One run: load, idle, memory, scroll, search, category filter.

const SEARCH = '#search-input'; // the app's own (not the pre-rendered screen's #pr-search-input)
const CHIP = `.filters__panel button.chip.cat-${CATEGORY.id}`;

/** Rejects when `promise` takes longer than `seconds` (a safety limit, not a wait). */
function limit(promise, seconds, what) {
  let timer;
  const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: nothing after ${seconds} s`)), seconds * 1000); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function settle(page, act) {
  await page.evaluate(() => window.__bench.arm());
  await act();
  return limit(page.evaluate(() => window.__bench.settled()), 150, 'settled list');
}

async function oneRun(browser, server, size) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.addInitScript({ content: instrument });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.setDefaultTimeout(180000);
  const cdp = await context.newCDPSession(page);
  try {
    server.reset();
    await page.goto(`${server.url}/?data=bench-data/events-${size}.json`, { waitUntil: 'commit' });
    await limit(page.evaluate(() => window.__bench.loaded), 180, `the first event of ${size}`);
    let load = await limit(page.evaluate(() => window.__bench.idle(500)), 200, 'idle');
    // Idle also needs nothing left on the wire (a request still being answered is not seen by
    // the page until it ends).
    while (server.state.inflight > 0) {
      await server.drained();
      load = await limit(page.evaluate(() => window.__bench.idle(500)), 200, 'idle');
    }
    const requests = server.state.requests.slice();
    const bytes = { code: 0, data: 0, page: 0, other: 0 };
    for (const r of requests) bytes[r.kind] += r.bytes;
    bytes.total = bytes.code + bytes.data + bytes.page + bytes.other;
    const paths = requests.map((r) => r.path);
    const twice = paths.filter((p, i) => paths.indexOf(p) !== i);
    const missing = requests.filter((r) => r.status !== 200).map((r) => r.path);

    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const dom = await page.evaluate(() => ({
      elements: window.__bench.elements(), cards: window.__bench.visibleCards(), wasm: window.__bench.wasmBytes(),
      count: window.__bench.resultCount(),
    }));

    const scroll = await limit(page.evaluate((maxFrames) => window.__bench.scroll({ maxFrames }), SCROLL_FRAMES), 900, 'scroll');
    await limit(page.evaluate(() => { window.scrollTo(0, 0); return window.__bench.quiet(); }), 150, 'quiet list');

    const search = {};
    for (const query of QUERIES) {
      await page.focus(SEARCH);
      await limit(page.evaluate(() => window.__bench.quiet()), 150, 'quiet list');
      const keys = [];
      for (const ch of [...query]) {
        // keyboard.type presses a key for a character on the keyboard and inserts the others
        // as text (beforeinput/input without a keydown), as an input method would.
        keys.push(await settle(page, () => page.keyboard.type(ch)));
      }
      const shown = await page.evaluate(() => window.__bench.resultCount());
      await page.keyboard.press('Control+A');
      const clear = await settle(page, () => page.keyboard.press('Backspace'));
      search[query] = { keys, shown, clear };
    }

    const chip = page.locator(CHIP);
    await limit(page.evaluate(() => window.__bench.quiet()), 150, 'quiet list');
    const apply = await settle(page, () => chip.click());
    const filtered = await page.evaluate(() => window.__bench.resultCount());
    const remove = await settle(page, () => chip.click());
    const wasmEnd = await page.evaluate(() => window.__bench.wasmBytes());
    const state = await page.evaluate(() => document.documentElement.dataset.state);
    if (state !== 'ready') problems.push(`data-state is ${state}`);
    return {
      load, bytes, requests: requests.length, twice, missing, metrics, dom, scroll, search,
      filter: { apply, remove, shown: filtered }, wasmEnd, problems,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Summaries.

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const max = (xs) => (xs.length ? Math.max(...xs) : null);

function summarise(runs) {
  const m = (f) => median(runs.map(f));
  const s = {
    runs: runs.length,
    code: m((r) => r.bytes.code), data: m((r) => r.bytes.data), page: m((r) => r.bytes.page), total: m((r) => r.bytes.total),
    firstOnScreen: m((r) => r.load.firstOnScreen), firstCard: m((r) => r.load.firstCard), idle: m((r) => r.load.idle),
    loadLongest: m((r) => r.load.longestTask), loadBlocking: m((r) => r.load.blocking),
    onScreenRuns: runs.filter((r) => r.load.firstOnScreen !== null).length,
    heap: m((r) => r.metrics.JSHeapUsedSize), wasm: m((r) => r.dom.wasm), wasmEnd: m((r) => r.wasmEnd),
    elements: m((r) => r.dom.elements), nodes: m((r) => r.metrics.Nodes), cards: m((r) => r.dom.cards),
    listeners: m((r) => r.metrics.JSEventListeners),
    scrollLongTasks: m((r) => r.scroll.longTasks), scrollLongest: m((r) => r.scroll.longestTask),
    scrollBlocking: m((r) => r.scroll.blocking), scrollFrames: m((r) => r.scroll.frames), scrollStep: m((r) => r.scroll.step),
    scrollLongestFrame: m((r) => r.scroll.longestFrame), scrollSlowFrames: m((r) => r.scroll.slowFrames),
    scrollMs: m((r) => r.scroll.ms), pageHeight: m((r) => r.scroll.height),
    lastCardRuns: runs.filter((r) => r.scroll.lastCardOnScreen).length,
    reachedRuns: runs.filter((r) => r.scroll.reached).length, scrollProgress: m((r) => r.scroll.progress),
    movedBack: m((r) => r.scroll.movedBack),
    queries: {},
    filterApply: m((r) => r.filter.apply.ms), filterRemove: m((r) => r.filter.remove.ms),
    filterShown: runs[0].filter.shown,
  };
  for (const q of QUERIES) {
    s.queries[q] = {
      median: m((r) => median(r.search[q].keys.map((k) => k.ms))),
      worst: m((r) => max(r.search[q].keys.map((k) => k.ms))),
      last: m((r) => r.search[q].keys.at(-1).ms),
      clear: m((r) => r.search[q].clear.ms),
      shown: runs[0].search[q].shown,
      keys: runs[0].search[q].keys.length,
    };
  }
  return s;
}

/** The medians of one target's phone runs (those that loaded; `failed` counts the others). */
function summarisePhone(all) {
  const runs = all.filter((r) => r.ok);
  const m = (f) => median(runs.map(f));
  const s = {
    runs: runs.length, failed: all.length - runs.length, error: all.find((r) => !r.ok)?.error ?? null,
    firstSeen: m((r) => r.load.firstOnScreen), firstCard: m((r) => r.load.firstCard), idle: m((r) => r.load.idle),
    usable: m((r) => r.usable?.idle), ready: m((r) => r.usable?.readyAt), cls: m((r) => r.cls), clsMax: max(runs.map((r) => r.cls)),
    fcp: m((r) => r.load.fcp), lcp: m((r) => r.load.lcp), longest: m((r) => r.load.longestTask), blocking: m((r) => r.load.blocking),
    code: m((r) => r.bytes.code), data: m((r) => r.bytes.data), page: m((r) => r.bytes.page), other: m((r) => r.bytes.other),
    total: m((r) => r.bytes.total), requests: m((r) => r.requests), count: runs[0]?.count ?? null, queries: {},
    outside: [...new Set(all.flatMap((r) => r.outside || []))],
  };
  for (const q of QUERIES) {
    if (!runs.length || !runs[0].search[q]) continue;
    s.queries[q] = {
      median: m((r) => median(r.search[q].keys.map((k) => k.ms))), worst: m((r) => max(r.search[q].keys.map((k) => k.ms))),
      clear: m((r) => r.search[q].clear), shown: runs[0].search[q].shown,
    };
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// The gzip size of what the app is made of (wasm + JS + CSS) against bench/budget.json.

function bundleSize() {
  // What index.html asks for or holds (scripts/page-code.mjs): dist/ also holds the editors' page
  // (editor.html), whose files no visitor downloads.
  const files = pageCode(dist, 'index.html', budget.gzip_bytes.exclude)
    .map(({ file, bytes, inline }) => ({ file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length, kind: inline === 'style' ? 'css' : inline === 'script' ? 'js' : inline ?? path.extname(file).slice(1) }));
  const sum = (k, kind) => files.filter((f) => kind === undefined || f.kind === kind).reduce((s, f) => s + f[k], 0);
  // A split build's chunks: no page asks for them, a screen's first opening does (reported apart).
  const chunks = chunkFiles(dist).map(({ file, bytes }) => ({ file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length }));
  return { dir: path.relative(repo, dist) || dist, files, chunks, wasm: sum('gzip', 'wasm'), js: sum('gzip', 'js'), css: sum('gzip', 'css'), total: sum('gzip'), raw: sum('raw') };
}

// ---------------------------------------------------------------------------------------------
// The report.

const KB = (n) => (n === null ? '—' : `${(n / 1024).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} KB`);
const MB = (n) => (n === null ? '—' : `${(n / 1048576).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`);
const ms = (n) => (n === null ? '—' : `${Math.round(n).toLocaleString('en-US')} ms`);
const int = (n) => (n === null ? '—' : Math.round(n).toLocaleString('en-US'));
const sh = (cmd, args) => { try { return execFileSync(cmd, args, { cwd: repo, encoding: 'utf8' }).trim(); } catch { return ''; } };

function machine(browserVersion) {
  const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) || [])[1] || os.cpus()[0]?.model || 'unknown';
  const release = (() => { try { return (fs.readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?(.*?)"?$/m) || [])[1]; } catch { return ''; } })();
  const commit = sh('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['status', '--porcelain', '--untracked-files=no']) !== '';
  return {
    cpu: cpu.replace(/\s+/g, ' '), cores: os.cpus().length, memory: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
    os: `${release || os.type()} (Linux ${os.release()})`, node: process.version, chromium: browserVersion,
    commit: commit ? `${commit}${dirty ? ' with uncommitted changes' : ''}` : 'unknown',
  };
}


// ---------------------------------------------------------------------------------------------
// The phone profile, the peers, the waterfall, Lighthouse and issue 12's targets in the report.

const WHOS = ['app', 'timelinejs', 'vis'];
const ratio = (peer, app) => (peer === null || app === null || !app ? '' : ` (${(peer / app).toFixed(1)} ×)`);
const cls = (n) => (n === null || n === undefined ? '—' : n.toFixed(3));

function phoneReport({ phone, peerCounts }) {
  const sizes = PHONE_SIZES.filter((n) => phone[n]);
  if (!sizes.length) return [];
  const lines = [
    `## Phone (${PHONE.viewport.width} × ${PHONE.viewport.height} at DPR ${PHONE.deviceScaleFactor}, Slow 4G, CPU ${PHONE.cpu}× slower), beside TimelineJS3 and vis-timeline`,
    '',
    'The same events in the three: the app loads the dataset (`?data=` or the bundled one); the peers load',
    'the same dataset written by `daumoc export --to timelinejs` (vis-timeline gets it converted to its items),',
    'from host pages in bench/peers/ with the libraries from npm (bench/package.json). TimelineJS has no',
    'recurring dates, so the yearly observances are left out of the peers\' input (the counts below).',
    'A peer\'s number in brackets is its ratio to the app\'s.',
    '',
  ];
  for (const n of sizes) {
    const row = phone[n];
    const whos = WHOS.filter((w) => row[w]);
    const S = (w) => row[w].summary;
    const app = S('app');
    const cell = (w, f, fmt, withRatio = true) => {
      const x = S(w);
      if (!x.runs) return `did not load within ${PEER_TIMEOUT} s`;
      const v = f(x);
      return `${fmt(v)}${withRatio && w !== 'app' && v !== null ? ratio(v, f(app)) : ''}${x.failed ? ` (${x.runs}/${x.runs + x.failed} runs)` : ''}`;
    };
    const tr = (labelText, f, fmt, withRatio) => `| ${labelText} | ${whos.map((w) => cell(w, f, fmt, withRatio)).join(' | ')} |`;
    const peerN = peerCounts[n];
    lines.push(
      `### ${label(n)[0].toUpperCase()}${label(n).slice(1)}${n === 'bundled' ? '' : ''}`,
      '',
      `App: ${app.count ?? '—'} shown; peers: ${peerN !== undefined ? `${peerN.toLocaleString('en-US')} events` : '—'}. Median of ${phoneRuns(n)} runs.`,
      '',
      `| metric | ${whos.map((w) => TARGETS[w].name).join(' | ')} |`,
      `|---|${whos.map(() => '---:').join('|')}|`,
      tr('first event seen', (x) => x.firstSeen, ms),
      tr('search usable (peers: page idle)', (x) => x.usable ?? x.idle, ms),
      tr('page idle', (x) => x.idle, ms),
      tr('FCP / LCP (the browser\'s paint timing)', (x) => x.fcp, (v) => `${ms(v)}`, true).replace(/\| ([^|]*?) \|/g, (m) => m),
      tr('CLS', (x) => x.cls, cls, false),
      tr('longest task while loading', (x) => x.longest, ms),
    );
    // LCP beside FCP: rewrite the FCP row with both.
    const fcpRow = lines.length - 3;
    lines[fcpRow] = `| FCP / LCP (the browser's paint timing) | ${whos.map((w) => (S(w).runs ? `${ms(S(w).fcp)} / ${ms(S(w).lcp)}` : '—')).join(' | ')} |`;
    for (const q of QUERIES) {
      if (!app.queries[q]) continue;
      lines.push(`| keystroke → settled list, "${q}": median / slowest (${app.queries[q].shown ?? '—'}) | ${whos.map((w) => (w === 'app' ? `${ms(app.queries[q].median)} / ${ms(app.queries[q].worst)}` : 'no search')).join(' | ')} |`);
    }
    lines.push(
      tr('transferred: page (HTML), as sent', (x) => x.page, KB),
      tr('transferred: code (wasm, JS, CSS, fonts)', (x) => x.code, KB),
      tr('transferred: data', (x) => x.data, KB),
      tr('transferred: other (icons, images)', (x) => x.other, KB),
      tr('transferred: total', (x) => x.total, KB),
      tr('requests', (x) => x.requests, int, false),
      '',
    );
    for (const w of whos) if (S(w).error) lines.push(`- ${TARGETS[w].name}: ${S(w).error}`);
    for (const w of whos) {
      const o = S(w).outside || [];
      if (o.length) lines.push(`- ${TARGETS[w].name} asked for ${o.length} file${o.length > 1 ? 's' : ''} outside the local server (${[...new Set(o.map((u) => new URL(u).host))].join(', ')}); they fail here (no outside network), so its bytes and times leave them out.`);
    }
    if (whos.some((w) => S(w).error || S(w).outside?.length)) lines.push('');
  }
  lines.push(...waterfallReport(phone.bundled?.app?.runs?.[0]?.timing, wasmHead(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'))?.length ?? 0));
  return lines;
}

// Shared links beside the default view, all on the bundled dataset in the phone profile.
function sharedReport({ phone, shared }) {
  const links = Object.keys(shared);
  const base = phone.bundled?.app?.summary;
  if (!links.length) return [];
  const rows = [...(base ? [['the default view (`/`)', base]] : []), ...links.map((l) => [`\`${l}\``, shared[l].summary])];
  const cell = (x, v) => (x.runs ? v : `failed: ${x.error}`);
  return [
    '### Shared links (the bundled dataset)',
    '',
    'A link to a search, an event or a filter: the page shows the pre-rendered header at once, with a',
    'loading bar where the view goes, and the app builds that view out of sight before it takes the',
    `page over (docs/decisions.md). Same phone profile; median of ${PHONE_RUNS_BUNDLED} runs each.`,
    '',
    '| link | first paint (FCP) | first event seen | search usable | CLS | longest task while loading |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(([l, x]) => `| ${l} | ${cell(x, ms(x.fcp))} | ${cell(x, ms(x.firstSeen))} | ${cell(x, ms(x.usable))} | ${cell(x, cls(x.cls))} | ${cell(x, ms(x.longest))} |`),
    '',
  ];
}

function kindOfUrl(url, type) {
  const p = new URL(url).pathname;
  if (type === 'navigation' || p.endsWith('/') || p.endsWith('.html')) return 'HTML';
  if (/\/early-[^/]*\.js$/.test(p)) return 'early script';
  if (/\/start-[^/]*\.js$/.test(p)) return 'loader JS';
  if (/\.wasm$/.test(p)) return 'wasm';
  if (/\.js$/.test(p)) return 'JS (wasm glue)';
  if (/\.css$/.test(p)) return 'CSS';
  if (/\.woff2?$/.test(p)) return 'font';
  if (/\.json$/.test(p)) return 'data';
  return 'other';
}

/** `headBytes`: how much of the wasm the page itself carries (scripts/post-build.mjs). */
function waterfallReport(timing, headBytes = 0) {
  if (!timing || !timing.length) return [];
  const rows = timing.map((e) => ({ ...e, kind: kindOfUrl(e.url, e.type), name: decodeURIComponent(new URL(e.url).pathname).replace(/^\//, '').replace(/-[0-9a-f]{8,16}/, '-…') || 'index.html' }))
    .sort((a, b) => a.start - b.start);
  const end = Math.max(...rows.map((r) => r.end));
  const W = 56;
  const col = (t) => Math.min(W - 1, Math.floor((t / end) * W));
  const bar = (r) => {
    const a = col(r.start), b = Math.max(col(r.end), a);
    const w = r.responseStart > r.start ? col(r.responseStart) : a;
    return ' '.repeat(a) + '·'.repeat(Math.max(0, w - a)) + '█'.repeat(Math.max(1, b - w + 1)) + ' '.repeat(Math.max(0, W - b - 1));
  };
  const nameW = Math.max(...rows.map((r) => r.name.length), 8);
  // The critical path in words: when each step's last response ended.
  const last = (k) => { const r = rows.filter((x) => x.kind === k); return r.length ? Math.max(...r.map((x) => x.end)) : null; };
  const first = (k) => { const r = rows.filter((x) => x.kind === k); return r.length ? Math.min(...r.map((x) => x.start)) : null; };
  const wasmStart = first('wasm'), wasmEnd = last('wasm'), dataStart = first('data'), dataEnd = last('data');
  const span = (k) => (first(k) === null ? null : `${k} ${ms(first(k))} → ${ms(last(k))}`);
  const path = ['HTML', 'early script', 'CSS', 'loader JS', 'JS (wasm glue)', 'wasm'].map(span).filter(Boolean).join('; ')
    + (headBytes ? ` (the HTML carries the wasm's first ${int(headBytes)} B as text; the wasm file is the rest)` : '');
  const earlyEnd = last('early script');
  const after = earlyEnd !== null && ['CSS', 'loader JS', 'wasm', 'data'].every((k) => first(k) === null || first(k) >= earlyEnd)
    ? ` The stylesheets, the loader, the wasm and the data are all requested only once the early script has arrived (${ms(earlyEnd)}).` : '';
  const parallel = dataStart !== null && wasmEnd !== null
    ? (dataStart <= wasmEnd && dataEnd <= wasmEnd
      ? ` The data files (${ms(dataStart)} → ${ms(dataEnd)}) load in parallel with the wasm and are in before it.`
      : ` The data files (${ms(dataStart)} → ${ms(dataEnd)}) ${dataStart < wasmEnd ? 'start during the wasm download but end after it' : 'start only after the wasm'}.`)
    : '';
  return [
    '### Request waterfall: one phone load of the bundled dataset',
    '',
    `Critical path (request start → response end, from navigation start): ${path}.${after}${parallel}`,
    '',
    'Every request of the first phone run, from navigation start (Resource Timing, throttled): `·` waiting',
    `for the first byte, \`█\` receiving. Bytes as transferred (brotli, headers included). One column ≈ ${Math.round(end / W)} ms.`,
    '',
    '```text',
    `${'request'.padEnd(nameW)}  ${'kind'.padEnd(14)} ${'start'.padStart(6)} ${'end'.padStart(6)} ${'KB'.padStart(6)}  0 ms${' '.repeat(W - 4 - String(Math.round(end)).length - 3)}${Math.round(end)} ms`,
    ...rows.map((r) => `${r.name.padEnd(nameW)}  ${r.kind.padEnd(14)} ${String(Math.round(r.start)).padStart(6)} ${String(Math.round(r.end)).padStart(6)} ${(r.transfer / 1024).toFixed(1).padStart(6)}  |${bar(r)}|`),
    '```',
    '',
  ];
}

function lighthouseReport(lh) {
  if (!lh || !lh.length) return [];
  const ok = lh.filter((r) => r.scores);
  const keys = ['performance', 'accessibility', 'best-practices', 'seo'];
  const names = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices', seo: 'SEO' };
  const metrics = [['fcp', 'First Contentful Paint'], ['lcp', 'Largest Contentful Paint'], ['tbt', 'Total Blocking Time'], ['cls', 'Cumulative Layout Shift'], ['si', 'Speed Index']];
  const fmt = (k, v) => (v === null || v === undefined ? '—' : k === 'cls' ? v.toFixed(3) : ms(v));
  const lines = [
    '## Lighthouse (mobile preset) on the built app',
    '',
    `Lighthouse ${ok[0]?.version ?? '—'} from bench/node_modules, Debian's Chromium, the app (bundled dataset) on the local server; ${lh.length} runs${lh.length - ok.length ? ` (${lh.length - ok.length} failed: ${lh.find((r) => r.error)?.error})` : ''}. Scores move a few points from run to run: the median is the number to read.`,
    '',
    `| | ${ok.map((_, i) => `run ${i + 1}`).join(' | ')} | median |`,
    `|---|${ok.map(() => '---:').join('|')}|---:|`,
    ...keys.map((k) => `| ${names[k]} | ${ok.map((r) => r.scores[k] ?? '—').join(' | ')} | **${median(ok.map((r) => r.scores[k])) ?? '—'}** |`),
    ...metrics.map(([k, n]) => `| ${n} | ${ok.map((r) => fmt(k, r.metrics[k])).join(' | ')} | ${fmt(k, median(ok.map((r) => r.metrics[k])))} |`),
    '',
  ];
  const failing = {};
  for (const r of ok) for (const [cat, ids] of Object.entries(r.failing || {})) for (const id of ids) (failing[cat] ??= new Set()).add(id);
  const f = Object.entries(failing).filter(([, v]) => v.size);
  if (f.length) lines.push(`Audits not passed in some run: ${f.map(([c, v]) => `${names[c]}: ${[...v].map((x) => `\`${x}\``).join(', ')}`).join('; ')}.`, '');
  const warn = [...new Set(ok.flatMap((r) => r.warnings))];
  if (warn.length) lines.push(`Lighthouse warned: ${warn.map((w) => w.replace(/\s+/g, ' ').slice(0, 200)).join(' / ')}`, '');
  return lines;
}

function standing({ results, sizes, phone, lh, size }) {
  const T = budget.targets_phone, D = budget.desktop_today_at_10000, L = budget.lighthouse, g = budget.gzip_bytes;
  const yes = (ok) => (ok === null ? '**not measured**' : ok ? '**met**' : '**not met**');
  const lines = ['## Where we stand (issue 12\'s targets)', ''];
  const b = phone.bundled;
  const peersOf = (row, f) => ['timelinejs', 'vis'].filter((w) => row?.[w]).map((w) => `${TARGETS[w].name} ${row[w].summary.runs ? ms(f(row[w].summary)) : `over ${PEER_TIMEOUT} s`}`).join(', ');
  if (b?.app) {
    const a = b.app.summary;
    lines.push(
      `- Phone, bundled dataset, first event seen ≤ ${int(T.first_event_ms)} ms: ${yes(a.firstSeen === null ? null : a.firstSeen <= T.first_event_ms)} — ${ms(a.firstSeen)}${peersOf(b, (x) => x.firstSeen) ? ` (peers: ${peersOf(b, (x) => x.firstSeen)})` : ''}.`,
      `- Phone, bundled dataset, search usable ≤ ${int(T.search_usable_ms)} ms: ${yes(a.usable === null ? null : a.usable <= T.search_usable_ms)} — ${ms(a.usable)}${peersOf(b, (x) => x.idle) ? ` (peers' page idle: ${peersOf(b, (x) => x.idle)})` : ''}.`,
      `- Phone, bundled dataset, CLS ≤ ${T.cls}: ${yes(a.cls === null ? null : a.cls <= T.cls)} — ${cls(a.cls)} median, ${cls(a.clsMax)} in the worst run${
        PHONE_SIZES.filter((n) => n !== 'bundled' && phone[n]?.app).map((n) => `; with \`?data=\` (no pre-rendered screen) at ${int(n)} events: ${cls(phone[n].app.summary.cls)}`).join('')}.`,
    );
  } else lines.push('- Phone targets with the bundled dataset: **not measured** in this run.');
  const k = phone[T.keystroke_events]?.app?.summary;
  if (k && Object.keys(k.queries).length) {
    const qs = Object.entries(k.queries);
    lines.push(`- Phone, ${int(T.keystroke_events)} events, keystroke to settled list ≤ ${T.keystroke_ms} ms: ${yes(qs.every(([, q]) => q.median !== null && q.median <= T.keystroke_ms))} for the median keystroke — ${qs.map(([q, x]) => `"${q}" ${ms(x.median)} median, ${ms(x.worst)} slowest`).join('; ')}${qs.every(([, q]) => q.worst <= T.keystroke_ms) ? ' (every keystroke within it)' : ' (the slowest keystrokes of a run go over)'}.`);
  } else lines.push(`- Phone, ${int(T.keystroke_events)} events, keystroke: **not measured** in this run.`);
  const d = results[10000];
  if (d) {
    const first = d.firstOnScreen;
    const keys = QUERIES.map((q) => d.queries[q].median);
    lines.push(`- Desktop at 10,000 events no worse than before the phone work (first event ${int(D.first_event_ms)} ms, keystroke 18–${D.keystroke_ms} ms): ` +
      `first event ${yes(first !== null && first <= D.first_event_ms)} — ${ms(first)}; keystroke ${yes(keys.every((x) => x !== null && x <= D.keystroke_ms))} — ${QUERIES.map((q) => `"${q}" ${ms(d.queries[q].median)}`).join(', ')} median.`);
  } else lines.push('- Desktop at 10,000 events: **not measured** in this run.');
  const ok = (lh || []).filter((r) => r.scores);
  if (ok.length) {
    const m = (c) => median(ok.map((r) => r.scores[c]));
    lines.push(`- Lighthouse (mobile, median of ${ok.length}): performance ≥ ${L.performance} ${yes(m('performance') >= L.performance)} — ${m('performance')}; accessibility ${L.accessibility} ${yes(m('accessibility') >= L.accessibility)} — ${m('accessibility')}; best practices ${L['best-practices']} ${yes(m('best-practices') >= L['best-practices'])} — ${m('best-practices')}; SEO ${L.seo} ${yes(m('seo') >= L.seo)} — ${m('seo')}.`);
  } else lines.push('- Lighthouse: **not measured** in this run.');
  lines.push(`- Bundle (wasm + JS + CSS, gzip) at most ${KB(g.target)}: ${yes(size.total <= g.target)} — ${KB(size.total)}; the ceiling ${KB(g.ceiling)} is ${size.total <= g.ceiling ? 'kept' : '**exceeded**'}.`, '');
  return lines;
}

function report({ results, size, info, loadBefore, loadAfter, started, duration = null, phone = {}, shared = {}, peerCounts = {}, lh = null }) {
  const sizes = SIZES.filter((n) => results[n]);
  const col = (f) => sizes.map((n) => f(results[n])).join(' | ');
  const row = (label, f) => `| ${label} | ${col(f)} |`;
  const lines = [];
  const t = budget.targets_at_10000;
  lines.push(
    '# Performance',
    '',
    '<!-- Generated by bench/bench.mjs (run `bash bench/run.sh`); edit the script, not this file. -->',
    '',
    `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`bash bench/run.sh\` (RUNS=${RUNS} desktop, PHONE_RUNS=${PHONE_RUNS} phone and PHONE_RUNS_BUNDLED=${PHONE_RUNS_BUNDLED} for the bundled dataset,`,
    `LH_RUNS=${LH_RUNS} Lighthouse${duration ? `; ${Math.round(duration / 60)} minutes in all` : ''}): the release build, served on 127.0.0.1 with brotli, in headless`,
    'Chromium, with synthetic datasets from',
    `\`daumoc gen --events N --seed ${SEED}\` loaded through \`?data=\` and the bundled dataset (the page as it is). Each number is the median of the runs;`,
    'every run is a fresh browser context (empty cache: a first visit). The service worker is blocked',
    '(on a real first visit it installs in the background and fetches the app files again for',
    'offline use). Two profiles: **desktop** (1280 × 900, no throttling, no CPU slowdown: this machine\'s',
    `numbers) and **phone** (${PHONE.viewport.width} × ${PHONE.viewport.height} at DPR ${PHONE.deviceScaleFactor}, touch; DevTools' "Slow 4G" applied per request through the protocol:`,
    `${PHONE.latency} ms latency, ${(PHONE.down * 8 / 1e6).toFixed(2)} Mbit/s down, ${Math.round(PHONE.up * 8 / 1000)} kbit/s up; CPU slowed ${PHONE.cpu}×). Every target here (the app and the peers alike) is served`,
    'brotli, as the configurations of deploy/ serve the build (Chromium offers `br` on 127.0.0.1 too); the size budget stays gzip.',
    '',
    `- machine: ${info.cpu}, ${info.cores} cores, ${info.memory} memory; ${info.os}`,
    `- Chromium ${info.chromium} (Debian), playwright-core, Node ${info.node}`,
    `- commit ${info.commit}`,
    `- load average (1, 5, 15 min) when the benchmark started: ${loadBefore}; when it ended: ${loadAfter} (the machine`,
    '  is shared with other builds; other work slows every number, the CPU-bound phone numbers most;',
    '  compare runs made on a quiet machine)',
    '',
    ...phoneReport({ phone, peerCounts }),
    ...sharedReport({ phone, shared }),
    sizes.length ? '## Desktop (1280 × 900, no throttling)' : '',
    '',
    ...(sizes.length ? [] : ['(desktop not measured in this run)']),
    `| ${sizes.length ? '' : ''}metric | ${sizes.map((n) => `${n.toLocaleString('en-US')} events`).join(' | ')} |`,
    `|---|${sizes.map(() => '---:').join('|')}|`,
    row('transferred: code (wasm, JS, CSS, fonts), as sent', (s) => KB(s.code)),
    row('transferred: data (the dataset), as sent', (s) => KB(s.data)),
    row('transferred: page (index.html), as sent', (s) => KB(s.page)),
    row('transferred: total', (s) => KB(s.total)),
    row('first event on screen', (s) => (s.onScreenRuns === s.runs ? ms(s.firstOnScreen) : `${ms(s.firstOnScreen)} (${s.onScreenRuns}/${s.runs} runs)`)),
    row('first timeline card rendered', (s) => ms(s.firstCard)),
    row('page idle', (s) => ms(s.idle)),
    row('longest task while loading', (s) => ms(s.loadLongest)),
  );
  for (const q of QUERIES) {
    lines.push(row(`keystroke → settled list, "${q}": median keystroke`, (s) => ms(s.queries[q].median)));
    lines.push(row(`… slowest keystroke of "${q}"`, (s) => ms(s.queries[q].worst)));
    lines.push(row(`… events found by "${q}"`, (s) => (s.queries[q].shown ?? '—').replace(/ sự kiện$/, '')));
  }
  lines.push(
    row('clearing the search (all events back)', (s) => ms(median(QUERIES.map((q) => s.queries[q].clear)))),
    row(`category filter "${CATEGORY.name}": apply`, (s) => ms(s.filterApply)),
    row(`… remove`, (s) => ms(s.filterRemove)),
    row('JS heap used (after load, after GC)', (s) => MB(s.heap)),
    row('WebAssembly memory after load / at the end', (s) => `${MB(s.wasm)} / ${MB(s.wasmEnd)}`),
    row('DOM elements after load', (s) => int(s.elements)),
    row('DOM nodes after load (CDP, with text nodes)', (s) => int(s.nodes)),
    row('event cards in the DOM after load', (s) => int(s.cards)),
    row('scroll to the bottom: page height / px per frame / frames', (s) => `${int(s.pageHeight)} / ${int(s.scrollStep)} / ${int(s.scrollFrames)}`),
    row('scroll: long tasks', (s) => int(s.scrollLongTasks)),
    row('scroll: longest task', (s) => (s.scrollLongTasks ? ms(s.scrollLongest) : 'none')),
    row('scroll: total blocking time (beyond 50 ms per task)', (s) => ms(s.scrollBlocking)),
    row('scroll: longest frame / frames over 50 ms', (s) => `${ms(s.scrollLongestFrame)} / ${int(s.scrollSlowFrames)}`),
    row('scroll: reached the bottom (median share of the page scrolled)', (s) => `${s.reachedRuns}/${s.runs} runs (${Math.round(s.scrollProgress * 100)} %)`),
    row('scroll: frames in which the page pulled the scroll position back', (s) => int(s.movedBack)),
    row('scroll: last event on screen at the bottom', (s) => `${s.lastCardRuns}/${s.runs} runs`),
  );

  if (!sizes.length) lines.splice(lines.indexOf('(desktop not measured in this run)') + 1); // no desktop table
  lines.push('', ...lighthouseReport(lh));

  // The bundle against the budget.
  const g = budget.gzip_bytes;
  const overTarget = size.total - g.target;
  lines.push(
    '',
    '## Size against the budget',
    '',
    `gzip -9 of the app's wasm + JS + CSS in \`${size.dir ?? 'dist'}/\` (fonts, the page and the data apart; ${g.exclude.map((f) => `\`${f}\``).join(', ')}`,
    'left out: host pages load it, not the app), compared with `bench/budget.json`:',
    '',
    '| file | raw | gzip |',
    '|---|---:|---:|',
    ...size.files.map((f) => `| \`${f.file.replace(/-[0-9a-f]{12,}/, '-…')}\` | ${int(f.raw)} B | ${int(f.gzip)} B |`),
    `| **wasm + JS + CSS** | ${int(size.raw)} B | **${int(size.total)} B (${KB(size.total)})** |`,
    ...(size.chunks?.length ? [
      '',
      'Not counted above: the WebAssembly chunks, which no page asks for. Each loads the first time its screen opens',
      '(an event\'s detail, the anniversaries, the presentation, the lesson tray, the notices, a phone\'s folded filter groups;',
      'the calendar file\'s writer: src/chunks.rs); the detail\'s and the filter groups\' are asked for at the visitor\'s first',
      'press, key or scroll (a touch or the wheel), and a wide screen asks for the filter groups\' with the data.',
      '',
      '| chunk | raw | gzip |',
      '|---|---:|---:|',
      ...size.chunks.map((f) => `| \`${f.file.replace(/-[0-9a-f]{12,}/, '-…')}\` | ${int(f.raw)} B | ${int(f.gzip)} B |`),
      `| **all chunks** | ${int(size.chunks.reduce((n, f) => n + f.raw, 0))} B | ${int(size.chunks.reduce((n, f) => n + f.gzip, 0))} B |`,
    ] : []),
    '',
    `- target (the issue's budget): ${int(g.target)} B (${KB(g.target)}) — ${overTarget > 0
      ? `**not met**: ${KB(overTarget)} over, ${(size.total / g.target).toFixed(2)} × the target; docs/size.md lists what each part costs.`
      : `**met** (${KB(-overTarget)} under).`}`,
    `- ceiling (today's size plus a small margin, so growth is noticed): ${int(g.ceiling)} B (${KB(g.ceiling)}) — ${size.total <= g.ceiling
      ? `within it (${KB(g.ceiling - size.total)} to spare).`
      : `**exceeded** by ${KB(size.total - g.ceiling)}: find what grew (docs/size.md), or raise the ceiling in bench/budget.json on purpose.`}`,
  );

  lines.push('', ...standing({ results, sizes, phone, lh, size }));
  // Where we stand (the earlier desktop targets).
  const big = sizes.includes(10000) ? 10000 : sizes.at(-1);
  const s = results[big] ?? null;
  if (s) {
  const verdict = (ok) => (ok ? '**met**' : '**not met**');
  const keyLines = QUERIES.map((q) => `"${q}" ${ms(s.queries[q].median)} median, ${ms(s.queries[q].worst)} slowest`);
  const keysOk = QUERIES.every((q) => s.queries[q].median !== null && s.queries[q].median <= t.keystroke_ms);
  // The smallest dataset, for comparison: what a keystroke costs when the number of events does
  // not matter (waiting for the next frame, the cards that change, layout and paint).
  const small = results[sizes[0]];
  const floor = sizes[0] !== big && small
    ? ` For comparison, at ${int(sizes[0])} events (a list rendered whole) the same measurement gives ${QUERIES.map((q) => `"${q}" ${ms(small.queries[q].median)}`).join(', ')}: besides the search itself, a keystroke waits for the next frame and pays for the cards that change, their layout and the paint.`
    : '';
  const first = s.firstCard === null ? null : Math.max(s.firstOnScreen ?? s.firstCard, s.firstCard);
  const firstVerdict = first === null || first >= t.first_event_ms ? '**not met**'
    : first < t.first_event_well_under_ms ? '**met**' : '**just met** (under a second, not well under)';
  lines.push(
    '',
    `## The earlier desktop targets (at ${t.events.toLocaleString('en-US')} events on a 2-core machine)`,
    '',
    big !== t.events ? `The targets are for ${t.events.toLocaleString('en-US')} events; this run's largest dataset has ${big.toLocaleString('en-US')}.\n` : '',
    `- Keystroke to settled list within one frame (${t.keystroke_ms} ms) for typical queries: ${verdict(keysOk)} — ${keyLines.join('; ')}.${floor}`,
    `- First event on screen well under a second (under ${int(t.first_event_ms)} ms, well under: ${int(t.first_event_well_under_ms)} ms): ${firstVerdict} — first event on screen ${ms(s.firstOnScreen)}, first timeline card ${ms(s.firstCard)}.`,
    `- Under ${int(t.dom_nodes)} DOM nodes: ${verdict(s.elements !== null && s.elements < t.dom_nodes)} counting elements — ${int(s.elements)} elements; counting text and comment nodes too (the protocol's \`Nodes\`), ${int(s.nodes)}${s.nodes !== null && s.nodes >= t.dom_nodes ? ', over the target by that count' : ''}.`,
    `- No long task over ${t.scroll_long_task_ms} ms while scrolling: ${verdict(s.scrollLongTasks === 0)} — ${s.scrollLongTasks ? `${int(s.scrollLongTasks)} long tasks, the longest ${ms(s.scrollLongest)}` : 'none'}; the scroll reached the bottom in ${s.reachedRuns}/${s.runs} runs${s.movedBack ? ` (the page pulled the scroll position back in ${int(s.movedBack)} frames)` : ''} and the last event was on screen there in ${s.lastCardRuns}/${s.runs}.`,
  );
  }

  lines.push(
    '',
    '## What the numbers mean',
    '',
    '- **KB** and **MB** are 1,024 and 1,048,576 bytes. **Ratios** are the peer\'s number over the app\'s',
    '  (above 1: the peer is slower or heavier).',
    '- **Phone: first event seen**: from navigation start to the end of the first frame showing an event',
    '  card inside the viewport — for the app a pre-rendered card (`#prerender .event`, in the HTML) or',
    '  one of the app\'s (`#app .event`); for TimelineJS3 a marker of its time navigator',
    '  (`.tl-timemarker-content-container`) or an event slide; for vis-timeline an item (`.vis-item`).',
    '  FCP and LCP are the browser\'s own paint timings, as a cross-check.',
    '- **Phone: search usable** (the app): `html[data-state=ready]` and the app\'s own `#search-input`',
    '  (not the pre-rendered `#pr-search-input`) in the DOM, and the page idle after that: the end of',
    '  the last long task or response, once 500 ms pass with neither. (A list rendered whole may still',
    '  be filling in below the first screens then, in tasks too short to count; typing already filters',
    '  it.) The peers have no search box:',
    '  their row shows their page idle (the timeline rendered, then no long task or response for 500',
    '  ms), the moment they answer a touch without delay.',
    '- **Phone: page idle**: as on the desktop (below), not waiting for data-state.',
    '- **CLS**: the sum of every `layout-shift` entry without recent input, from navigation until the',
    '  page is idle (the phone load; interactions are not counted).',
    '- **Waterfall**: the Resource Timing entries of the first phone run of the bundled dataset (the',
    '  throttled network included), start and end of each response from navigation start.',
    '- **Lighthouse**: `lighthouse URL --only-categories=performance,accessibility,best-practices,seo` with',
    '  its default mobile preset (simulated Slow 4G and 4× CPU: its own model, not the phone profile',
    '  above) in Debian\'s Chromium (`--headless=new`), on the app at the root of the local server;',
    '  the median of the runs for each score and metric.',
    '- **Transferred**: response bodies as the server sent them (brotli; headers not counted), from',
    '  navigation until the page is idle. Code is the wasm, JS, CSS and fonts; data is the dataset.',
    '  The page (index.html) carries a static list of the bundled events for browsers without',
    '  WebAssembly, whatever `?data=` says, and the WebAssembly\'s first 256 KiB as text (counted as',
    '  page here; the size budget counts them as wasm).',
    '- **Frames**: a change counts as on screen at the end of the first frame that laid it out. A',
    '  ResizeObserver on a 2 px sentinel, resized every frame, marks the moment after the frame\'s',
    '  animation-frame callbacks, style and layout; a message posted from it runs after the paint,',
    '  and that is the time taken (bench/instrument.js explains it).',
    '- **First event on screen**: from navigation start (performance.timeOrigin) to the end of the',
    '  first frame with an event — a timeline card or an item of "Sắp tới" — inside the 1280 × 900',
    '  viewport. **First timeline card rendered**: the same for the first card of the timeline, wherever',
    '  it is (at 1280 × 900 the timeline starts just below the fold, under the header, "Sắp tới", the',
    '  overview axis and the filters).',
    '- **DevTools is listening**: Playwright keeps the DevTools network domain on, and with it Chromium',
    '  decodes every JSON response as text on the main thread, for DevTools to show. Visitors do not pay',
    '  that. For the 11 MB file of 10,000 events it took 50–150 ms on the main thread, before the app',
    '  gets the file, on this workplace\'s runners (0–1 ms through a bare CDP connection without that',
    '  domain, 2026-12-07). The peers and the bundled dataset\'s small files pay it too, and the',
    '  targets were measured with it.',
    '- **Page idle**: the end of the last long task (over 50 ms) or network response, and not before',
    '  the first card — once 500 ms have passed with neither and no request is being answered.',
    '- **Keystroke → settled list**: the queries are typed one character at a time into the search box;',
    '  for each character, from the keydown\'s `event.timeStamp` (for a character typed without a key,',
    '  such as "ả", the beforeinput\'s) to the end of the first frame after the last change to the list',
    '  (#timeline) or the result count, once two more frames have passed without a change. The median',
    '  and the slowest keystroke of the query are taken in each run, then the median over the runs.',
    '  "Clearing the search" is Ctrl+A then Backspace, measured from the Backspace.',
    `- **Category filter**: a click on the "${CATEGORY.name}" chip of the filter panel, from pointerdown to the settled`,
    '  list (same definition), and a second click removing it.',
    '- **Memory**: `JSHeapUsedSize` from the DevTools protocol after a forced garbage collection; the',
    '  WebAssembly memory is the size of the app\'s linear memory (it grows and never shrinks), after',
    '  load and after all the interactions.',
    '- **DOM**: `document.getElementsByTagName(\'*\').length` (elements) and the protocol\'s `Nodes`',
    '  (also text and comment nodes).',
    `- **Scroll**: after load, from the top to the bottom of the page by \`window.scrollBy\` once per`,
    `  animation frame, ${SCROLL_FRAMES.toLocaleString('en-US')}th of the page or 400 px per frame, whichever is more; long tasks`,
    '  (PerformanceObserver `longtask`) meanwhile, their total beyond 50 ms each, the longest frame,',
    '  the frames in which the scroll position was lower than the script left it (the page moved it',
    `  back), and whether the last card in the DOM is inside the viewport at the bottom. The scroll`,
    `  stops after ${(SCROLL_FRAMES * 1.5).toLocaleString('en-US')} frames if the bottom is not reached.`,
    '',
  );
  return lines.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n');
}

// ---------------------------------------------------------------------------------------------

function write(text) {
  if (OUT && OUT !== '-') {
    fs.writeFileSync(OUT, text + '\n');
    log(`\nwrote ${path.relative(process.cwd(), OUT)}`);
  }
  log('\n' + text.slice(text.indexOf('| metric')));
}

/** Every file index.html refers to is there (a build writing dist/ meanwhile leaves it incomplete). */
function checkDist() {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(?:\.\/)?([^"#?:]+)"/g)].map((m) => m[1]);
  const missing = refs.filter((r) => !fs.existsSync(path.join(dist, r)));
  if (missing.length) throw new Error(`${dist} is incomplete (${missing.join(', ')} missing): was another build writing it?`);
}

async function main() {
  if (REPORT_FROM) {
    const saved = JSON.parse(fs.readFileSync(REPORT_FROM, 'utf8'));
    ({ SIZES, RUNS, SCROLL_FRAMES, QUERIES, SEED } = saved.settings);
    if (saved.settings.PHONE_SIZES) ({ PHONE_SIZES, PHONE_RUNS, LH_RUNS } = saved.settings);
    PHONE_RUNS_BUNDLED = saved.settings.PHONE_RUNS_BUNDLED ?? PHONE_RUNS;
    SHARED_LINKS = saved.settings.SHARED_LINKS || [];
    write(report({ ...saved, started: new Date(saved.started) }));
    return;
  }
  checkDist();
  log(`measuring ${path.relative(process.cwd(), dist) || dist}`);
  const started = new Date();
  const loadBefore = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  const size = bundleSize();
  log(`bundle (wasm + JS + CSS, gzip -9): ${size.total} B; target ${budget.gzip_bytes.target} B, ceiling ${budget.gzip_bytes.ceiling} B`);
  if (!DESKTOP_ON) SIZES = [];
  if (!PHONE_ON) PHONE_SIZES = [];
  if (!PHONE_SIZES.includes('bundled')) SHARED_LINKS = [];
  // The datasets' precompressed copies, as a static host would keep them.
  for (const n of [...SIZES, ...PHONE_SIZES.filter((x) => x !== 'bundled')]) {
    const file = path.join(dataDir, `events-${n}.json`);
    if (!fs.existsSync(file)) throw new Error(`${file} is missing (bench/run.sh generates it)`);
    if (!fs.existsSync(file + '.gz')) fs.writeFileSync(file + '.gz', zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
    if (!fs.existsSync(file + '.br')) {
      fs.writeFileSync(file + '.br', zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
  }
  const peerCounts = PEERS_ON ? preparePeerData(dataDir, PHONE_SIZES) : {};
  const server = await startServer();
  const browser = await launch();
  const info = machine(browser.version());
  const results = {};
  const raw = {};
  const phone = {};
  const shared = {};
  let lh = null;
  const t0 = Date.now();
  const elapsed = () => `${Math.round((Date.now() - t0) / 1000)} s`;
  try {
    for (const n of SIZES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await oneRun(browser, server, n);
        runs.push(r);
        const q = QUERIES.map((x) => `"${x}" ${r.search[x].keys.map((k) => Math.round(k.ms)).join('/')}`).join(' ');
        log(`${n} events, run ${i + 1}/${RUNS}: first on screen ${Math.round(r.load.firstOnScreen ?? NaN)} ms, card ${Math.round(r.load.firstCard)} ms, idle ${Math.round(r.load.idle)} ms; ` +
          `code ${r.bytes.code} B, data ${r.bytes.data} B; ${r.dom.elements} elements; keys ${q}; filter ${Math.round(r.filter.apply.ms)} ms; ` +
          `scroll ${r.scroll.longTasks} long tasks (longest ${Math.round(r.scroll.longestTask)} ms), ${Math.round(r.scroll.progress * 100)} % of the page in ${r.scroll.frames} frames`);
        progress(`[bench] desktop ${n} events, run ${i + 1}/${RUNS} done (${elapsed()})`);
        for (const p of r.problems) log(`  page problem: ${p}`);
        if (process.env.DEBUG) {
          for (const x of QUERIES) r.search[x].keys.forEach((k, j) => log(`  "${[...x][j]}" ${Math.round(k.ms)} ms ${JSON.stringify(k.trace)}`));
          log(`  filter ${JSON.stringify(r.filter.apply.trace)}`);
          log(`  scroll ${JSON.stringify(r.scroll)}`);
        }
        if (r.twice.length) log(`  fetched more than once: ${[...new Set(r.twice)].join(', ')}`);
        if (r.missing.length) log(`  not found: ${r.missing.join(', ')}`);
      }
      results[n] = summarise(runs);
      raw[n] = runs;
    }

    // The phone profile: the app, then each peer, on every phone dataset.
    if (PHONE_ON) {
      const whos = ['app', ...(PEERS_ON ? ['timelinejs', 'vis'] : [])];
      for (const n of PHONE_SIZES) {
        phone[n] = {};
        for (const who of whos) {
          const runs = [];
          for (let i = 0; i < phoneRuns(n); i++) {
            const r = await phoneRun({
              browser, server, instrument, who, size: n, queries: who === 'app' ? QUERIES : [],
              timeout: who === 'app' ? 180 : PEER_TIMEOUT, waterfall: who === 'app' && n === 'bundled' && i === 0,
            });
            runs.push(r);
            if (r.ok) {
              const q = QUERIES.filter((x) => r.search[x]).map((x) => `"${x}" ${r.search[x].keys.map((k) => Math.round(k.ms)).join('/')}`).join(' ');
              progress(`[bench] phone ${TARGETS[who].name}, ${label(n)}, run ${i + 1}/${phoneRuns(n)}: first event seen ${Math.round(r.load.firstOnScreen ?? NaN)} ms, ` +
                `FCP ${Math.round(r.load.fcp ?? NaN)} ms, idle ${Math.round(r.load.idle)} ms${r.usable ? `, search usable ${Math.round(r.usable.idle)} ms` : ''}, CLS ${r.cls.toFixed(4)}, ` +
                `${r.bytes.total} B in ${r.requests} requests${q ? `; keys ${q}` : ''} (${elapsed()})`);
            } else {
              progress(`[bench] phone ${TARGETS[who].name}, ${label(n)}, run ${i + 1}/${phoneRuns(n)}: ${r.error} (${elapsed()})`);
            }
            for (const p of r.problems.slice(0, 5)) progress(`  page problem: ${p.slice(0, 300)}`);
            if (r.outside?.length) progress(`  requests outside the local server (failed): ${r.outside.slice(0, 5).join(', ')}`);
            // A peer that did not load in time will not next time either: one run says so.
            if (!r.ok && who !== 'app') break;
          }
          phone[n][who] = { summary: summarisePhone(runs), runs };
        }
      }
      for (const link of SHARED_LINKS) {
        const runs = [];
        for (let i = 0; i < PHONE_RUNS_BUNDLED; i++) {
          const r = await phoneRun({ browser, server, instrument, who: 'app', size: 'bundled', queries: [], timeout: 180, link });
          runs.push(r);
          progress(`[bench] phone, shared link ${link}, run ${i + 1}/${PHONE_RUNS_BUNDLED}: ${r.ok ? `FCP ${Math.round(r.load.fcp ?? NaN)} ms, ` +
            `first event seen ${Math.round(r.load.firstOnScreen ?? NaN)} ms, search usable ${Math.round(r.usable?.idle ?? NaN)} ms, CLS ${r.cls.toFixed(4)}` : r.error} (${elapsed()})`);
          for (const p of r.problems.slice(0, 5)) progress(`  page problem: ${p.slice(0, 300)}`);
        }
        shared[link] = { summary: summarisePhone(runs), runs };
      }
    }
  } finally {
    await browser.close();
  }
  try {
    if (LH_ON) {
      progress(`[bench] Lighthouse ${LH_RUNS} × on ${server.url}/ (${elapsed()})`);
      lh = await lighthouse({ repo, url: `${server.url}/`, runs: LH_RUNS, chromium: process.env.CHROMIUM || '/usr/bin/chromium', log: progress });
    }
  } finally {
    await server.close();
  }
  const loadAfter = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  const settings = { SIZES, RUNS, SCROLL_FRAMES, QUERIES, SEED, PHONE_SIZES, PHONE_RUNS, PHONE_RUNS_BUNDLED, LH_RUNS, PEER_TIMEOUT, SHARED_LINKS };
  const duration = Math.round((Date.now() - t0) / 1000);
  fs.mkdirSync(path.dirname(SAVED), { recursive: true });
  fs.writeFileSync(SAVED, JSON.stringify({ settings, started, duration, loadBefore, loadAfter, info, size, results, runs: raw, phone, shared, peerCounts, lh }, null, 1));
  log(`raw numbers: ${path.relative(process.cwd(), SAVED)}`);
  write(report({ results, size, info, loadBefore, loadAfter, started, duration, phone, shared, peerCounts, lh }));
}

await main();
