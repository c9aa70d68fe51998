// Runs before the page paints: scripts/post-build.mjs writes it inline into <head>, allowed by its
// hash in the Content-Security-Policy (no 'unsafe-inline'): as a file it held the parser, and so
// the first paint, for a round trip of the mobile network.
// Kept tiny and free of domain rules: it only decides whether the pre-rendered first screen may
// show, and asks for the data while the WebAssembly is still downloading (after the first paint).
(function () {
  var root = document.documentElement;
  root.className = root.className.replace('no-js', 'js');
  var params = new URLSearchParams(location.search);
  var lang = null;
  try { lang = localStorage.getItem('daumoc.lang'); } catch (e) { /* storage blocked */ }
  // The pre-rendered screen is the default view in Vietnamese. Another language, dataset or look
  // (?lang=en, ?data=…, ?embed=1, ?mode=present, ?view=…) waits for the app instead of showing
  // it first; a shared link to a search or a filter shows only the copy's header (the same for
  // every view of the timeline) and a loading bar, never the default list under it. A shared
  // link to an event shows that event's card from the copy under them: the app's own card, the
  // event the link names, so it is read seconds before the app opens it (no rule of the domain
  // is needed to pick it, unlike a search's or a filter's results).
  function foreign(code) { return code.slice(0, 2).toLowerCase() !== 'vi'; }
  var look = !!lang && foreign(lang);
  params.forEach(function (value, key) {
    if (key === 'lang' ? foreign(value) : /^(data|embed|mode|view)$/.test(key)) look = true;
  });
  // Every element of the copy's main part that neither holds the card nor is in it is hidden.
  // A sheet made by script is not inline style, so the Content-Security-Policy allows it; without
  // `:has()` (or constructable sheets) the link gets the header and the loading bar.
  function showCard(id) {
    try {
      if (!CSS.supports('selector(:has(a))')) return false;
      var card = '[data-event-id="' + CSS.escape(id) + '"]';
      var sheet = new CSSStyleSheet();
      sheet.replaceSync('.prerender-event #pr-main :not(:has(' + card + ')):not(' + card + '):not(' +
        card + ' *):not(.year__heading) { display: none; }');
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheet);
      return true;
    } catch (e) {
      return false;
    }
  }
  if (look) {
    root.className += ' prerender-off';
  } else if (location.search.length > 1) {
    var shared = params.get('event');
    root.className += shared && showCard(shared) ? ' prerender-event' : ' prerender-header';
  }
  // Each file once: a chunk's shared files are named by several screens.
  var asked = {};
  function preload(href) {
    if (asked[href]) return;
    asked[href] = 1;
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  }
  // The chunks' files for each split screen (src/chunks.rs), written by the build.
  var chunks = /*CHUNKS*/{};
  // Read as the app reads it (crates/core/src/view/url_state.rs): any case, and the flag's other
  // spellings.
  var embedded = /^(1|true|yes)$/i.test(params.get('embed') || '');
  // A wide screen shows the filter groups above the timeline (src/components/filter_panel.rs),
  // so the app waits for their chunk; a frame folds them, as a phone does.
  var wide = !embedded && matchMedia('(min-width: 64rem)').matches;
  // Once the app is ready, the visitor's first press, key or scroll asks for the detail's chunk:
  // most visitors open an event, and its bytes are then in before they do (the press that opens
  // one starts them too). Only the bytes: nothing runs while the visitor types, and a visitor who
  // only reads never downloads them (docs/decisions.md). A scroll is a touch (pointerdown) or the
  // wheel: the page's own scrolling (to a shared event, keeping the top card in place) is not the
  // visitor's.
  // Each request costs a slow phone's main thread several ms (about 90 ms for the twelve files at
  // CPU 4x), so a key that types or a wheel asks for them one per idle moment, after its own
  // result is on screen; a press, Enter or Space (which may open an event) asks for the rest at
  // once, ahead of the app's own request for them.
  var intents = ['pointerdown', 'keydown', 'wheel'];
  var waiting = null;
  function idle(run) {
    return window.requestIdleCallback ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 50);
  }
  function next() {
    if (!waiting.length) return;
    preload(waiting.shift());
    idle(next);
  }
  function warm(event) {
    if (root.dataset.state !== 'ready') return;
    if (!waiting) {
      waiting = params.get('event') ? [] : (chunks.detail || []).slice();
      // The filter groups of a phone's folded panel, for the same reason.
      if (!wide) waiting = waiting.concat(chunks.filters || []);
      idle(next);
    }
    if (event.type === 'pointerdown' || event.key === 'Enter' || event.key === ' ') {
      waiting.splice(0).forEach(preload);
    }
    if (!waiting.length) intents.forEach(function (type) { removeEventListener(type, warm, true); });
  }
  intents.forEach(function (type) { addEventListener(type, warm, { capture: true, passive: true }); });
  function askForData() {
    var data = params.get('data');
    if (data) {
      // Only this site's files: the app refuses others, and a preload must not leak the visit.
      try {
        var url = new URL(data, location.href);
        if (url.origin === location.origin) preload(url.href);
      } catch (e) { /* not a URL: the app says so */ }
    } else {
      /*DATA_FILES*/[].forEach(preload);
    }
    // A link that opens a screen whose code is a chunk of its own (src/chunks.rs) asks for the
    // chunk now too, instead of a round trip after the app starts.
    // Read as the app reads them (url_state.rs, above).
    var present = /^present$/i.test(params.get('mode') || '');
    var anniversaries = /^anniversaries$/i.test(params.get('view') || '');
    var wanted = [params.get('event') && 'detail', present && 'presentation', wide && 'filters',
      anniversaries && 'anniversaries',
      params.get('ids') && !present && !embedded && 'lesson'];
    wanted.forEach(function (screen) { (chunks[screen] || []).forEach(preload); });
  }
  // With the pre-rendered screen, the data is asked for once the browser renders its first frame,
  // which the page's <link rel=expect> holds until the copy's first card is parsed: the app needs
  // the data only when its WebAssembly has arrived, seconds later on a phone, so until then the
  // page itself gets the whole connection. A task after the frame's own, so the request's cost
  // never delays that paint. (Paint timing, used before, reported the paint 150-250 ms late on a
  // slow phone, and the data then ended well after the WebAssembly: docs/decisions.md.) Without
  // that screen, or in a tab not shown (no frames), at once.
  if (look || document.hidden) {
    askForData();
  } else {
    requestAnimationFrame(function () { setTimeout(askForData, 0); });
  }
})();
