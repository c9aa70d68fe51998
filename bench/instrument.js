// Injected into every benchmark page before any of the page's own scripts (playwright's
// addInitScript). Exposes `window.__bench`; bench.mjs drives it. Plain browser JavaScript.
//
// Frames. A metric that ends "on screen" ends when the browser has rendered the change: at
// the end of the first frame whose layout included it. To tell which frame that is, a 2×2 px
// sentinel element outside <body> changes width in every frame the benchmark watches; a
// ResizeObserver on it fires in that frame's rendering step, after every requestAnimationFrame
// callback (and the microtasks they start) and after style and layout. That moment is the
// frame's "render mark": a DOM change whose MutationObserver callback ran before the mark was
// laid out in that frame; one that ran after it waits for the next frame. The frame's "end" is
// a message posted from the ResizeObserver callback: it runs after the frame's paint.
(() => {
  const B = (window.__bench = {
    longTasks: [], lastResponseEnd: 0, memories: [], firstCard: null, firstOnScreen: null,
    errorState: false, listMutations: 0, lastListMutation: -1, pending: null,
  });
  const now = () => performance.now();
  // What counts as an event card, set by the driver before this script runs (the phone profile
  // and the peers' pages use their own): `card` is the timeline's card, `screen` any event shown.
  const config = window.__benchConfig || {};
  const SEL = Object.assign({ card: '#timeline [data-event-id]', screen: '[data-event-id]' }, config.selectors || {});
  B.selectors = SEL;

  // Layout shifts (CLS as the page's whole life: the sum of every shift without recent input).
  B.cls = 0; B.shifts = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) { B.cls += e.value; B.shifts++; }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch { B.noLayoutShift = true; }
  // Paint timing, as the browser reports it (a cross-check of the frame clock).
  B.fcp = null; B.lcp = null;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') B.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch { /* older browsers */ }

  // The app's search usable: html[data-state=ready] and the app's own #search-input in the DOM
  // (the pre-rendered screen's #pr-search-input does not count). Noted when first seen.
  B.readyAt = null;
  const readyCheck = () => {
    if (B.readyAt !== null) return true;
    if (document.documentElement && document.documentElement.dataset.state === 'ready' && document.getElementById('search-input')) {
      B.readyAt = now();
      return true;
    }
    return false;
  };
  const readyWatch = () => {
    if (readyCheck()) return;
    if (!document.documentElement) { setTimeout(readyWatch, 10); return; }
    const observer = new MutationObserver(() => { if (readyCheck()) observer.disconnect(); });
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
  };
  readyWatch();

  // Long tasks and network responses, from the start of the page.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { B.noLongTasks = true; }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.lastResponseEnd = Math.max(B.lastResponseEnd, e.responseEnd);
    }).observe({ type: 'resource', buffered: true });
  } catch { /* resource timing is always there in Chromium */ }

  // WebAssembly memory: trunk's loader announces the instance's exports; the instantiate hooks
  // are a fallback for a loader that does not.
  addEventListener('TrunkApplicationStarted', (e) => {
    const memory = e.detail && e.detail.wasm && e.detail.wasm.memory;
    if (memory instanceof WebAssembly.Memory) B.memories.unshift(memory);
  });
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then((result) => {
        const exports = (result && (result.instance || result)).exports;
        if (exports && exports.memory instanceof WebAssembly.Memory) B.memories.push(exports.memory);
        return result;
      });
    };
  }
  B.wasmBytes = () => (B.memories[0] ? B.memories[0].buffer.byteLength : null);

  // The frame clock (see the header).
  const rawRaf = window.requestAnimationFrame.bind(window);
  let sentinel = null, flip = false, ticked = false, running = false, users = 0;
  const renderChecks = new Set(); // called at the render mark, layout clean: (mark) => void
  const frameListeners = new Set(); // called at the frame's end: ({ mark, end }) => void
  function install() {
    if (sentinel) return true;
    if (!document.documentElement) return false;
    sentinel = document.createElement('bench-sentinel');
    Object.assign(sentinel.style, {
      display: 'block', position: 'fixed', left: '0', top: '0', width: '1px', height: '2px',
      visibility: 'hidden', pointerEvents: 'none', contain: 'strict',
    });
    document.documentElement.appendChild(sentinel);
    new ResizeObserver(() => {
      if (!ticked) return;
      ticked = false;
      const mark = now();
      for (const check of [...renderChecks]) check(mark);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const end = now();
        for (const listener of [...frameListeners]) listener({ mark, end });
        if (users > 0) rawRaf(tick); else running = false;
      };
      channel.port2.postMessage(null);
    }).observe(sentinel);
    return true;
  }
  function tick() {
    if (!install()) { rawRaf(tick); return; }
    flip = !flip;
    sentinel.style.width = flip ? '2px' : '1px';
    ticked = true;
  }
  function useFrames() {
    users++;
    if (!running) { running = true; rawRaf(tick); }
    return () => { users = Math.max(0, users - 1); };
  }
  B.sentinel = () => sentinel;

  // Load: the first timeline card laid out, and the first event (a card or an item of the
  // "upcoming" strip) inside the viewport — each at the end of the frame that rendered it.
  const inViewport = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  };
  let cardAt = null, screenAt = null;
  const loadCheck = () => {
    if (cardAt === null) {
      const card = document.querySelector(SEL.card);
      if (card && card.getBoundingClientRect().height > 0) cardAt = true;
    }
    if (screenAt === null) {
      const events = document.querySelectorAll(SEL.screen);
      for (let i = 0; i < Math.min(events.length, config.screenLimit || 200); i++) if (inViewport(events[i])) { screenAt = true; break; }
    }
    if (document.documentElement.dataset.state === 'error') B.errorState = true;
  };
  const releaseLoad = useFrames();
  renderChecks.add(loadCheck);
  let cardResolve, cardReject;
  B.loaded = new Promise((resolve, reject) => { cardResolve = resolve; cardReject = reject; });
  B.loaded.catch(() => {});
  const loadListener = ({ end }) => {
    if (cardAt === true && B.firstCard === null) { B.firstCard = end; cardResolve(end); }
    if (screenAt === true && B.firstOnScreen === null) B.firstOnScreen = end;
    if (B.errorState) cardReject(new Error('the app shows an error: ' + (document.body ? document.body.innerText.slice(0, 400) : '')));
    if ((B.firstCard !== null && B.firstOnScreen !== null) || B.errorState) stopLoad();
  };
  frameListeners.add(loadListener);
  function stopLoad() {
    if (!renderChecks.has(loadCheck)) return;
    renderChecks.delete(loadCheck);
    frameListeners.delete(loadListener);
    releaseLoad();
  }

  // Idle: the end of the last long task or network response (and not before the first card),
  // once `quiet` ms have passed with neither.
  // With `ready` (the app's "search usable"), not before html[data-state=ready] and #search-input.
  B.idle = (quiet = 500, timeout = 180000, ready = false) => B.loaded.then(() => new Promise((resolve, reject) => {
    const started = now();
    const check = () => {
      const lastLong = B.longTasks.reduce((m, t) => Math.max(m, t.start + t.duration), 0);
      const nav = performance.getEntriesByType('navigation')[0];
      const last = Math.max(lastLong, B.lastResponseEnd, B.firstCard, B.firstOnScreen || 0, nav ? nav.loadEventEnd : 0, ready ? (B.readyAt ?? Infinity) : 0);
      const t = now();
      if (ready && B.readyAt === null) readyCheck();
      if (t - last >= quiet) {
        stopLoad();
        const load = B.longTasks.filter((x) => x.start <= last);
        resolve({
          idle: last, firstCard: B.firstCard, firstOnScreen: B.firstOnScreen, readyAt: B.readyAt,
          cls: B.cls, shifts: B.shifts, fcp: B.fcp, lcp: B.lcp,
          longTasks: load.length, longestTask: Math.max(0, ...load.map((x) => x.duration)),
          blocking: load.reduce((s, x) => s + Math.max(0, x.duration - 50), 0),
        });
      } else if (t - started > timeout) reject(new Error(`not idle within ${timeout} ms`));
      else setTimeout(check, Number.isFinite(last) ? quiet - (t - last) + 1 : 50); // the quiet window itself, not a wait for an event
    };
    check();
  }));

  // Interactions. A MutationObserver counts changes to the list (#timeline) and the result count.
  B.watchList = () => {
    if (B.listObserver) return;
    const root = document.getElementById('main') || document.body;
    B.listObserver = new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        if (el && el.closest('#timeline, .result-count')) {
          B.listMutations++;
          B.lastListMutation = now();
          if (B.pending && B.pending.trace) B.pending.trace.push(['mutation', Math.round(B.lastListMutation * 10) / 10]);
          return;
        }
      }
    });
    B.listObserver.observe(root, { childList: true, subtree: true, characterData: true });
  };
  // The interaction starts at the first keydown, beforeinput (text typed without a key), input
  // or pointerdown after arm(): its event.timeStamp.
  for (const type of ['keydown', 'beforeinput', 'input', 'pointerdown', 'mousedown', 'click']) {
    addEventListener(type, (ev) => {
      const s = B.pending;
      if (s && s.start === null) { s.start = ev.timeStamp; s.dispatched = now(); s.type = type; }
    }, { capture: true });
  }
  // Settled: the end of the first frame after the last list change, once two more frames have
  // passed without a change. With no change at all: the end of the first frame after the input.
  B.arm = (timeout = 120000) => {
    B.watchList();
    const s = { start: null, dispatched: null, type: null, candidate: null, quiet: 0, changes: 0, frames: 0, trace: [] };
    B.pending = s;
    const armed = now();
    const release = useFrames();
    let accounted = -1;
    s.done = new Promise((resolve, reject) => {
      const listener = ({ mark, end }) => {
        s.trace.push(['frame', Math.round(mark * 10) / 10, Math.round(end * 10) / 10]);
        if (s.start !== null && s.dispatched < mark) {
          s.frames++;
          if (accounted < 0) accounted = s.dispatched;
          if (B.lastListMutation > accounted && B.lastListMutation < mark) {
            s.candidate = end; s.quiet = 0; s.changes++;
          } else {
            if (s.candidate === null) s.candidate = end;
            s.quiet++;
          }
          accounted = mark;
          if (s.quiet >= 2) {
            frameListeners.delete(listener); release();
            resolve({ ms: s.candidate - s.start, changed: s.changes > 0, type: s.type, frames: s.frames,
              trace: [['start', Math.round(s.start * 10) / 10, Math.round(s.dispatched * 10) / 10], ...s.trace] });
            return;
          }
        }
        if (end - armed > timeout) {
          frameListeners.delete(listener); release();
          reject(new Error(`no settled list within ${timeout} ms (input seen: ${s.start !== null})`));
        }
      };
      frameListeners.add(listener);
    });
    s.done.catch(() => {});
    return true;
  };
  B.settled = () => B.pending.done;
  // Resolves once the list has not changed for two frames (before an interaction is measured).
  B.quiet = () => {
    B.arm();
    const s = B.pending;
    s.start = s.dispatched = now();
    s.type = 'quiet';
    return s.done;
  };

  // Every request of the page so far (Resource Timing, throttling included): the waterfall.
  B.requests = () => {
    const nav = performance.getEntriesByType('navigation')[0];
    return [nav, ...performance.getEntriesByType('resource')].filter(Boolean).map((e) => ({
      url: e.name, type: e.initiatorType, start: e.startTime, responseStart: e.responseStart, end: e.responseEnd,
      transfer: e.transferSize, body: e.encodedBodySize, decoded: e.decodedBodySize,
    }));
  };

  B.visibleCards = () => document.querySelectorAll('#timeline [data-event-id]').length;
  B.resultCount = () => { const el = document.querySelector('.result-count'); return el ? el.textContent.trim() : null; };
  B.elements = () => document.getElementsByTagName('*').length - (sentinel && sentinel.isConnected ? 1 : 0);

  // Scroll smoothness: from the top to the bottom of the page, `step` px per animation frame;
  // long tasks meanwhile, the longest frame, and whether the last card is on screen at the end.
  B.scroll = async ({ minStep = 400, maxFrames = 3000 } = {}) => {
    const frame = () => new Promise((r) => rawRaf(r));
    const seen = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    window.scrollTo(0, 0);
    await frame(); await frame();
    const bottom = () => document.documentElement.scrollHeight - innerHeight;
    const step = Math.max(minStep, Math.ceil(bottom() / maxFrames));
    const t0 = now();
    let frames = 0, previous = null, longestFrame = 0, slowFrames = 0, expected = null, movedBack = 0, reached = false;
    // At most 1.5 × maxFrames frames: a page that keeps pulling the scroll position back
    // would otherwise never reach the bottom.
    while (frames < maxFrames * 1.5) {
      const t = await frame();
      if (previous !== null) {
        longestFrame = Math.max(longestFrame, t - previous);
        if (t - previous > 50) slowFrames++;
      }
      previous = t;
      if (expected !== null && window.scrollY < expected - 1) movedBack++;
      if (window.scrollY >= bottom() - 1) { reached = true; break; }
      window.scrollBy(0, step);
      expected = window.scrollY;
      frames++;
    }
    await frame(); await frame();
    const t1 = now();
    seen.push(...observer.takeRecords());
    observer.disconnect();
    const during = seen.filter((e) => e.startTime >= t0 && e.startTime <= t1);
    const cards = document.querySelectorAll('#timeline [data-event-id]');
    const last = cards[cards.length - 1];
    return {
      ms: t1 - t0, frames, step, height: document.documentElement.scrollHeight, reached,
      progress: Math.min(1, window.scrollY / Math.max(1, bottom())), movedBack,
      longTasks: during.length, longestTask: Math.max(0, ...during.map((e) => e.duration)),
      blocking: during.reduce((s, e) => s + Math.max(0, e.duration - 50), 0),
      longestFrame, slowFrames, lastCardOnScreen: reached && !!last && inViewport(last), lastCardId: last ? last.dataset.eventId : null,
    };
  };
})();
