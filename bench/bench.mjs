// The browser benchmark (not a test: it never fails on slow numbers). Run it through
// `bash bench/run.sh`, which builds the release bundle and generates the datasets first.
//
// Serves dist/ and the generated datasets on 127.0.0.1 with gzip, opens the app in Debian's
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
import { CONTENT_SECURITY_POLICY } from '../tests/e2e/server.mjs';

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
let SEED = process.env.SEED || '1'; // only reported: bench/run.sh generated the files with it
const budget = JSON.parse(fs.readFileSync(path.join(repo, 'bench/budget.json'), 'utf8'));
const instrument = fs.readFileSync(path.join(repo, 'bench/instrument.js'), 'utf8');
const log = (...a) => console.log(...a);

// ---------------------------------------------------------------------------------------------
// The server: dist/ at the root, the datasets under /bench-data/. gzip when the browser accepts
// it: the precompressed .gz beside a file when there is one (post-build writes them, the
// datasets get theirs below), otherwise zlib once per file. Counts response bodies as sent.

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon',
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
  const body = (file, gzip) => {
    const key = `${file}|${gzip}`;
    if (!cache.has(key)) {
      const raw = fs.readFileSync(file);
      let sent = raw, encoding = null;
      if (gzip && COMPRESSIBLE.has(path.extname(file))) {
        sent = fs.existsSync(file + '.gz') ? fs.readFileSync(file + '.gz') : zlib.gzipSync(raw, { level: 9 });
        encoding = 'gzip';
      }
      cache.set(key, { raw: raw.length, sent, encoding });
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
    if (p.startsWith('/bench-data/')) { root = dataDir; p = p.slice('/bench-data'.length); }
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(root, path.normalize(p));
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      state.requests.push({ path: url.pathname, kind: kindOf(url.pathname), bytes: 0, status: 404 });
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    const { raw, sent, encoding } = body(file, gzip);
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

const SEARCH = 'input[type=search]';
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

// ---------------------------------------------------------------------------------------------
// The gzip size of what the app is made of (wasm + JS + CSS) against bench/budget.json.

function bundleSize() {
  const files = fs.readdirSync(dist)
    .filter((f) => /\.(wasm|js|css)$/.test(f) && !budget.gzip_bytes.exclude.includes(f))
    .sort()
    .map((f) => {
      const raw = fs.readFileSync(path.join(dist, f));
      return { file: f, raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
    });
  const sum = (k, re) => files.filter((f) => re.test(f.file)).reduce((s, f) => s + f[k], 0);
  return { dir: path.relative(repo, dist) || dist, files, wasm: sum('gzip', /\.wasm$/), js: sum('gzip', /\.js$/), css: sum('gzip', /\.css$/), total: sum('gzip', /./), raw: sum('raw', /./) };
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

function report({ results, size, info, loadBefore, loadAfter, started }) {
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
    `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`bash bench/run.sh\` (RUNS=${RUNS}): the release build,`,
    'served on 127.0.0.1 with gzip, in headless Chromium at 1280 × 900, with synthetic datasets from',
    `\`daumoc gen --events N --seed ${SEED}\` loaded through \`?data=\`. Each number is the median of the runs;`,
    'every run is a fresh browser context (empty cache: a first visit). The service worker is blocked',
    '(on a real first visit it installs in the background and fetches the app files again for',
    'offline use). No network throttling and no CPU slowdown: the numbers are this machine\'s.',
    '',
    `- machine: ${info.cpu}, ${info.cores} cores, ${info.memory} memory; ${info.os}`,
    `- Chromium ${info.chromium} (Debian), playwright-core, Node ${info.node}`,
    `- commit ${info.commit}`,
    `- load average when the benchmark started / ended: ${loadBefore} / ${loadAfter} (other work on the`,
    '  machine slows every number; compare runs made on a quiet machine)',
    '',
    `| ${sizes.length ? '' : ''}metric | ${sizes.map((n) => `${n.toLocaleString('en-US')} events`).join(' | ')} |`,
    `|---|${sizes.map(() => '---:').join('|')}|`,
    row('transferred: code (wasm, JS, CSS, fonts), gzip', (s) => KB(s.code)),
    row('transferred: data (the dataset), gzip', (s) => KB(s.data)),
    row('transferred: page (index.html), gzip', (s) => KB(s.page)),
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
    '',
    `- target (the issue's budget): ${int(g.target)} B (${KB(g.target)}) — ${overTarget > 0
      ? `**not met**: ${KB(overTarget)} over, ${(size.total / g.target).toFixed(1)} × the target. No change short of dropping features brings the app there; docs/size.md lists what each part costs.`
      : `**met** (${KB(-overTarget)} under).`}`,
    `- ceiling (today's size plus a small margin, so growth is noticed): ${int(g.ceiling)} B (${KB(g.ceiling)}) — ${size.total <= g.ceiling
      ? `within it (${KB(g.ceiling - size.total)} to spare).`
      : `**exceeded** by ${KB(size.total - g.ceiling)}: find what grew (docs/size.md), or raise the ceiling in bench/budget.json on purpose.`}`,
  );

  // Where we stand.
  const big = sizes.includes(10000) ? 10000 : sizes.at(-1);
  const s = results[big];
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
    `## Where we stand (targets at ${t.events.toLocaleString('en-US')} events on a 2-core machine)`,
    '',
    big !== t.events ? `The targets are for ${t.events.toLocaleString('en-US')} events; this run's largest dataset has ${big.toLocaleString('en-US')}.\n` : '',
    `- Keystroke to settled list within one frame (${t.keystroke_ms} ms) for typical queries: ${verdict(keysOk)} — ${keyLines.join('; ')}.${floor}`,
    `- First event on screen well under a second (under ${int(t.first_event_ms)} ms, well under: ${int(t.first_event_well_under_ms)} ms): ${firstVerdict} — first event on screen ${ms(s.firstOnScreen)}, first timeline card ${ms(s.firstCard)}.`,
    `- Under ${int(t.dom_nodes)} DOM nodes: ${verdict(s.elements !== null && s.elements < t.dom_nodes)} counting elements — ${int(s.elements)} elements; counting text and comment nodes too (the protocol's \`Nodes\`), ${int(s.nodes)}${s.nodes !== null && s.nodes >= t.dom_nodes ? ', over the target by that count' : ''}.`,
    `- No long task over ${t.scroll_long_task_ms} ms while scrolling: ${verdict(s.scrollLongTasks === 0)} — ${s.scrollLongTasks ? `${int(s.scrollLongTasks)} long tasks, the longest ${ms(s.scrollLongest)}` : 'none'}; the scroll reached the bottom in ${s.reachedRuns}/${s.runs} runs${s.movedBack ? ` (the page pulled the scroll position back in ${int(s.movedBack)} frames)` : ''} and the last event was on screen there in ${s.lastCardRuns}/${s.runs}.`,
    `- Bundle (wasm + JS + CSS, gzip) at most ${KB(g.target)}: ${verdict(size.total <= g.target)} — ${KB(size.total)}; the tracked ceiling ${KB(g.ceiling)} is ${size.total <= g.ceiling ? 'kept' : '**exceeded**'}.`,
  );

  lines.push(
    '',
    '## What the numbers mean',
    '',
    '- **KB** and **MB** are 1,024 and 1,048,576 bytes.',
    '- **Transferred**: response bodies as the server sent them (gzip; headers not counted), from',
    '  navigation until the page is idle. Code is the wasm, JS, CSS and fonts; data is the dataset.',
    '  The page (index.html) carries a static list of the bundled events for browsers without',
    '  WebAssembly, whatever `?data=` says.',
    '- **Frames**: a change counts as on screen at the end of the first frame that laid it out. A',
    '  ResizeObserver on a 2 px sentinel, resized every frame, marks the moment after the frame\'s',
    '  animation-frame callbacks, style and layout; a message posted from it runs after the paint,',
    '  and that is the time taken (bench/instrument.js explains it).',
    '- **First event on screen**: from navigation start (performance.timeOrigin) to the end of the',
    '  first frame with an event — a timeline card or an item of "Sắp tới" — inside the 1280 × 900',
    '  viewport. **First timeline card rendered**: the same for the first card of the timeline, wherever',
    '  it is (at 1280 × 900 the timeline starts just below the fold, under the header, "Sắp tới", the',
    '  overview axis and the filters).',
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
    write(report({ ...saved, started: new Date(saved.started) }));
    return;
  }
  checkDist();
  log(`measuring ${path.relative(process.cwd(), dist) || dist}`);
  const started = new Date();
  const loadBefore = os.loadavg()[0].toFixed(2);
  const size = bundleSize();
  log(`bundle (wasm + JS + CSS, gzip -9): ${size.total} B; target ${budget.gzip_bytes.target} B, ceiling ${budget.gzip_bytes.ceiling} B`);
  // The datasets' precompressed copies, as a static host would keep them.
  for (const n of SIZES) {
    const file = path.join(dataDir, `events-${n}.json`);
    if (!fs.existsSync(file)) throw new Error(`${file} is missing (bench/run.sh generates it)`);
    if (!fs.existsSync(file + '.gz')) fs.writeFileSync(file + '.gz', zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
  }
  const server = await startServer();
  const browser = await launch();
  const info = machine(browser.version());
  const results = {};
  const raw = {};
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
  } finally {
    await browser.close();
    await server.close();
  }
  const loadAfter = os.loadavg()[0].toFixed(2);
  const settings = { SIZES, RUNS, SCROLL_FRAMES, QUERIES, SEED };
  fs.mkdirSync(path.dirname(SAVED), { recursive: true });
  fs.writeFileSync(SAVED, JSON.stringify({ settings, started, loadBefore, loadAfter, info, size, results, runs: raw }, null, 1));
  log(`raw numbers: ${path.relative(process.cwd(), SAVED)}`);
  write(report({ results, size, info, loadBefore, loadAfter, started }));
}

await main();
