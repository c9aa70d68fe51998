// A browser without module scripts (an old Android browser or WebView, UC Browser's old engine)
// never runs the page's loader, so without this it would show the pre-rendered copy for ever,
// its buttons waiting for an app that cannot come. Such browsers have no WebAssembly either, or
// not one the app can use: this shows the copy's notice (src/components/stopped_notice.rs) with
// the message for a browser without WebAssembly, which names the browsers to use instead, and
// without the reload button, as a reload would not help; its close button puts it away, so the
// copy, which holds every event, can be read whole.
// scripts/post-build.mjs writes it into the visitors' page as `<script nomodule>`; plain ES5, for
// the browsers that run it.
(function () {
  var root = document.documentElement;
  var notice = document.getElementById('pr-stopped');
  root.setAttribute('data-state', 'error');
  if (!notice) return;
  var drop = notice.querySelectorAll('.stopped__failed, .stopped__reload');
  for (var i = 0; i < drop.length; i++) drop[i].parentNode.removeChild(drop[i]);
  var close = notice.querySelector('.stopped__close');
  if (close) {
    close.removeAttribute('aria-disabled');
    close.onclick = function () { notice.setAttribute('hidden', ''); };
  }
  document.body.appendChild(notice);
  notice.setAttribute('role', 'alert');
  notice.removeAttribute('hidden');
})();
