/*! Dấu mốc — optional host script for embedded timelines.
 * Include it once on the page that has the <iframe>: each Dấu mốc frame then takes the height of
 * its content. It listens for {type: "daumoc:height", height} messages and only resizes the
 * iframe that sent the message, and only when the message comes from that iframe's own origin.
 * It never touches anything else on the host page. */
(function () {
  'use strict';
  if (window.__daumocEmbed) return;
  window.__daumocEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'daumoc:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 100000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try { origin = new URL(frame.src, document.baseURI).origin; } catch (e) { return; }
      if (origin !== event.origin) return;
      frame.style.height = Math.ceil(height) + 'px';
      return;
    }
  });
})();
