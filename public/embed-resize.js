/*
 * Compute Atlas embed resizer (optional). Put it once on a page that holds our iframes:
 *   <script async src="https://<our site>/embed-resize.js"></script>
 * Each of our embeds posts {type: 'compute-atlas:height', height} to its parent whenever its
 * content changes height; this sets that iframe's height. It trusts a message only if
 *  - it comes from the window of an iframe on this page whose src is on our site (the script's
 *    own origin), matched by object identity with event.source; and
 *  - its origin is our site, or "null": an iframe sandboxed without allow-same-origin (as our
 *    snippet is) has an opaque origin and posts as "null", so there the window match is the only
 *    identity there is. A frame can only post as its own window, so it cannot size another one;
 *  - its height is a finite number within sane bounds.
 * It reads nothing else from the message and never posts back. No dependencies, no globals.
 */
(function () {
  'use strict';
  var MIN_HEIGHT = 60;
  var MAX_HEIGHT = 20000;
  var script = document.currentScript;
  var ours = originOf(script && script.src ? script.src : location.href);

  function originOf(url) {
    try {
      return new URL(url, location.href).origin;
    } catch (e) {
      return '';
    }
  }

  function heightOf(data) {
    if (!data || typeof data !== 'object' || data.type !== 'compute-atlas:height') return null;
    var h = data.height;
    if (typeof h !== 'number' || !isFinite(h) || h < MIN_HEIGHT || h > MAX_HEIGHT) return null;
    return Math.ceil(h);
  }

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    var height = heightOf(event.data);
    if (height === null || !event.source) return;
    if (event.origin !== ours && event.origin !== 'null') return;
    var frame = frameOf(event.source);
    if (!frame || originOf(frame.src) !== ours) return;
    frame.style.height = height + 'px';
  });
})();
