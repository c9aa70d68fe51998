// The phone profile, the peers and Lighthouse: the second half of the benchmark, driven by
// bench.mjs (which owns the server, the browser and the report). Not a test: it never fails on
// slow numbers.
//
// Phone: 390 × 844 CSS px at DPR 2, touch, DevTools' "Slow 4G" applied per request through the
// protocol (562.5 ms latency, 1.47 Mbit/s down, 675 kbit/s up) and the CPU slowed 4×, set on
// each page before it navigates; a fresh context per run, service workers blocked. The same
// profile loads the app and the two peers (TimelineJS3, vis-timeline from bench/node_modules,
// host pages in bench/peers/) on the same events.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFile } from 'node:child_process';

export const PHONE = {
  viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  latency: 562.5, down: 1474560 / 8, up: 675000 / 8, cpu: 4,
};

export const TARGETS = {
  app: { name: 'Dấu mốc', selectors: { card: '#prerender .event, #app .event', screen: '#prerender .event, #app .event' } },
  timelinejs: {
    name: 'TimelineJS3', page: 'timelinejs.html', input: 'timelinejs',
    selectors: { card: '.tl-timemarker-content-container', screen: '.tl-timemarker-content-container, .tl-slide:not(.tl-slide-titleslide) .tl-headline' },
  },
  vis: { name: 'vis-timeline', page: 'vis-timeline.html', input: 'vis', selectors: { card: '.vis-item', screen: '.vis-item' } },
};

const label = (size) => (size === 'bundled' ? 'the bundled dataset' : `${Number(size).toLocaleString('en-US')} events`);

/** vis-timeline items from the TimelineJS JSON, so both peers show exactly the same events. */
export function preparePeerData(dataDir, sizes) {
  const counts = {};
  for (const size of sizes) {
    const tl = path.join(dataDir, `timelinejs-${size}.json`);
    if (!fs.existsSync(tl)) throw new Error(`${tl} is missing (bench/run.sh writes it with daumoc export --to timelinejs)`);
    const json = JSON.parse(fs.readFileSync(tl, 'utf8'));
    const pad = (n, w = 2) => String(n ?? 1).padStart(w, '0');
    const items = (json.events || []).map((e, i) => ({
      id: i,
      content: String(e.text?.headline ?? '').replace(/<[^>]*>/g, ''),
      start: `${pad(e.start_date.year, 4)}-${pad(e.start_date.month)}-${pad(e.start_date.day)}`,
    }));
    fs.writeFileSync(path.join(dataDir, `vis-${size}.json`), JSON.stringify(items));
    for (const f of [`vis-${size}.json`, `timelinejs-${size}.json`]) {
      const file = path.join(dataDir, f);
      fs.writeFileSync(file + '.gz', zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
    }
    counts[size] = items.length;
  }
  return counts;
}

function limit(promise, seconds, what) {
  let timer;
  const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: nothing after ${seconds} s`)), seconds * 1000); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

function urlFor(server, who, size, link) {
  if (who === 'app' && link) return `${server.url}/${link}`;
  if (who === 'app') return size === 'bundled' ? `${server.url}/` : `${server.url}/?data=bench-data/events-${size}.json`;
  const t = TARGETS[who];
  return `${server.url}/peers/${t.page}?data=/bench-data/${t.input}-${size}.json`;
}

/**
 * One phone load of `who` ('app', 'timelinejs', 'vis') with `size` ('bundled', 1000, 10000):
 * first event seen, page idle, search usable (the app), CLS, bytes by kind, requests; for the
 * app also the keystrokes of `queries`. `timeout` (s) bounds the load. `link` (the app only, a
 * query string such as `?q=bac+son`) loads the bundled dataset as a shared link instead.
 */
export async function phoneRun({ browser, server, instrument, who, size, queries, timeout, waterfall, link = null }) {
  const context = await browser.newContext({
    viewport: PHONE.viewport, deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: PHONE.isMobile, hasTouch: PHONE.hasTouch,
    serviceWorkers: 'block',
  });
  await context.addInitScript({ content: `window.__benchConfig = ${JSON.stringify({ selectors: TARGETS[who].selectors, screenLimit: who === 'app' ? 200 : 20000 })};` });
  await context.addInitScript({ content: instrument });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout * 1000);
  const problems = [];
  const outside = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) outside.push(r.url()); });
  const cdp = await context.newCDPSession(page);
  // The throttling happens in the browser, so the local server has long sent a response the page
  // is still receiving: "nothing on the wire" is judged from the browser's own network events.
  const wire = new Set();
  let drained = [];
  const done = (id) => { wire.delete(id); if (!wire.size) drained.splice(0).forEach((f) => f()); };
  cdp.on('Network.requestWillBeSent', (e) => wire.add(e.requestId));
  cdp.on('Network.loadingFinished', (e) => done(e.requestId));
  cdp.on('Network.loadingFailed', (e) => done(e.requestId));
  const onWire = () => (wire.size ? new Promise((r) => drained.push(r)) : Promise.resolve());
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: PHONE.latency, downloadThroughput: PHONE.down, uploadThroughput: PHONE.up,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  try {
    server.reset();
    await page.goto(urlFor(server, who, size, link), { waitUntil: 'commit', timeout: timeout * 1000 });
    await limit(page.evaluate(() => window.__bench.loaded), timeout, `${who}: the first event of ${size}`);
    const idle = () => limit(page.evaluate(() => window.__bench.idle(500)), timeout, `${who}: idle`);
    let load = await idle();
    while (wire.size > 0 || server.state.inflight > 0) {
      await limit(Promise.all([onWire(), server.drained()]), timeout, `${who}: requests still loading`);
      load = await idle();
    }
    let usable = null;
    if (who === 'app') {
      usable = await limit(page.evaluate(() => window.__bench.idle(500, 180000, true)), timeout, 'app: search usable');
    }
    const requests = server.state.requests.slice();
    const bytes = { code: 0, data: 0, page: 0, other: 0 };
    for (const r of requests) bytes[r.kind] += r.bytes;
    bytes.total = bytes.code + bytes.data + bytes.page + bytes.other;
    const paints = await page.evaluate(() => ({ fcp: window.__bench.fcp, lcp: window.__bench.lcp }));
    load.fcp = paints.fcp; load.lcp = paints.lcp;
    const timing = waterfall ? await page.evaluate(() => window.__bench.requests()) : null;
    const count = who === 'app' ? await page.evaluate(() => window.__bench.resultCount()) : null;

    const search = {};
    if (who === 'app' && queries.length) {
      const settle = async (act) => {
        await page.evaluate(() => window.__bench.arm());
        await act();
        return limit(page.evaluate(() => window.__bench.settled()), 150, 'settled list');
      };
      for (const query of queries) {
        await page.focus('#search-input');
        await limit(page.evaluate(() => window.__bench.quiet()), 150, 'quiet list');
        const keys = [];
        for (const ch of [...query]) keys.push(await settle(() => page.keyboard.type(ch)));
        const shown = await page.evaluate(() => window.__bench.resultCount());
        await page.keyboard.press('Control+A');
        const clear = await settle(() => page.keyboard.press('Backspace'));
        search[query] = { keys: keys.map((k) => ({ ms: k.ms, changed: k.changed })), shown, clear: clear.ms };
      }
    }
    const state = who === 'app' ? await page.evaluate(() => document.documentElement.dataset.state) : null;
    if (who === 'app' && state !== 'ready') problems.push(`data-state is ${state}`);
    return {
      ok: true, load, usable, bytes, requests: requests.length, timing, count, search, problems,
      outside: [...new Set(outside)], cls: await page.evaluate(() => window.__bench.cls),
    };
  } catch (e) {
    return { ok: false, error: String(e.message || e).split('\n')[0], problems, outside: [...new Set(outside)] };
  } finally {
    await context.close();
  }
}

/** Lighthouse 12 (mobile preset, its own simulated throttling) on `url`, `runs` times. */
export async function lighthouse({ repo, url, runs, chromium, log }) {
  const cli = path.join(repo, 'bench/node_modules/lighthouse/cli/index.js');
  const out = path.join(repo, 'bench/results');
  fs.mkdirSync(out, { recursive: true });
  const results = [];
  for (let i = 0; i < runs; i++) {
    const file = path.join(out, `lighthouse-${i + 1}.json`);
    const started = Date.now();
    try {
      await new Promise((resolve, reject) => execFile(process.execPath, [cli, url,
        '--output=json', `--output-path=${file}`, '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        '--only-categories=performance,accessibility,best-practices,seo'],
      { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 << 20, timeout: 300000 },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr.slice(-2000)}`)) : resolve())));
      const lhr = JSON.parse(fs.readFileSync(file, 'utf8'));
      const a = lhr.audits;
      const score = (k) => (lhr.categories[k]?.score == null ? null : Math.round(lhr.categories[k].score * 100));
      const failing = {};
      for (const [k, cat] of Object.entries(lhr.categories)) {
        if (k === 'performance') continue;
        failing[k] = cat.auditRefs.filter((r) => r.weight > 0 && a[r.id] && a[r.id].score !== null && a[r.id].score < 1).map((r) => r.id);
      }
      const r = {
        version: lhr.lighthouseVersion, userAgent: lhr.environment?.hostUserAgent,
        scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
        metrics: {
          fcp: a['first-contentful-paint']?.numericValue, lcp: a['largest-contentful-paint']?.numericValue,
          tbt: a['total-blocking-time']?.numericValue, cls: a['cumulative-layout-shift']?.numericValue, si: a['speed-index']?.numericValue,
        },
        failing, warnings: lhr.runWarnings || [], runtimeError: lhr.runtimeError?.message,
      };
      results.push(r);
      log(`[bench] lighthouse ${i + 1}/${runs} (${Math.round((Date.now() - started) / 1000)} s): ${JSON.stringify(r.scores)} ` +
        `FCP ${Math.round(r.metrics.fcp)} LCP ${Math.round(r.metrics.lcp)} TBT ${Math.round(r.metrics.tbt)} CLS ${r.metrics.cls?.toFixed(3)} SI ${Math.round(r.metrics.si)}`);
    } catch (e) {
      log(`[bench] lighthouse ${i + 1}/${runs} failed: ${e.message.split('\n').slice(0, 3).join(' ')}`);
      results.push({ error: e.message.split('\n')[0] });
    }
  }
  return results;
}

export { label };
