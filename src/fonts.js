// Be Vietnam Pro (docs/decisions.md): a page shows it only when the browser already holds it, and
// a page without it asks for it once the app has started and filled in its list, for the next
// visit. So on a slow phone the font never competes with the app for the link, and text never
// changes font under the reader. scripts/post-build.mjs writes this into the visitors' page (before
// the first paint) and into the editors' loader (before that page renders).
(function () {
  var root = document.documentElement;
  var KEY = 'daumoc.fonts';
  try {
    if (localStorage.getItem(KEY) === '1') {
      root.classList.add('brand-font');
      return;
    }
  } catch (e) {
    return; // storage blocked: the system font, without fetching one that would never show
  }
  function fetchFonts() {
    if (!document.fonts || !document.fonts.load) return;
    var text = 'Dấu mốc Lạng Sơn';
    Promise.all([document.fonts.load('400 1em "Be Vietnam Pro"', text), document.fonts.load('600 1em "Be Vietnam Pro"', text)])
      .then(function (loaded) {
        if (loaded[0].length && loaded[1].length) localStorage.setItem(KEY, '1');
      })
      .catch(function () { /* offline or blocked: the next visit tries again */ });
  }
  // Last in line: after the app has filled in its list (aria-busy gone), a second more, and an
  // idle moment, so the fetch never shares the link or the main thread with the app's start.
  function later() {
    setTimeout(function () {
      if (window.requestIdleCallback) requestIdleCallback(fetchFonts, { timeout: 2000 });
      else fetchFonts();
    }, 1000);
  }
  function whenFilled() {
    var busy = function () { return document.querySelector('[aria-busy="true"]'); };
    if (!busy()) return later();
    var watch = new MutationObserver(function () {
      if (busy()) return;
      watch.disconnect();
      later();
    });
    watch.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  }
  function whenReady() {
    if (root.getAttribute('data-state') === 'ready') {
      whenFilled();
      return true;
    }
    return false;
  }
  if (!whenReady()) {
    var watch = new MutationObserver(function () {
      if (whenReady()) watch.disconnect();
    });
    watch.observe(root, { attributes: true, attributeFilter: ['data-state'] });
  }
})();
