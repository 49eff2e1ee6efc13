/*
 * Compute Atlas: runs in <head>, before the body is parsed, on every built page. The build
 * inlines it (scripts/vitePluginEmbed.ts) and the README's Content-Security-Policy allows it by
 * its hash, so it costs no request and needs no 'unsafe-inline'.
 *  - theme=light|dark in the URL → <html data-theme>, so the first paint has the right colours;
 *  - title=0 → <html data-notitle>: CSS hides the chart's title (src/embed/prerender.css);
 *  - the page's language (URL lang=, else the browser's first that the atlas speaks, else the
 *    default: src/i18n/locales.ts) → <html lang>;
 *  - each built file holds one prerendered copy (src/embed/prerenderKey.ts, keep the two in
 *    step). If it fits this URL and language → <html data-pv="0">; if another file holds the
 *    copy that fits → "moving" and go there, same query; else "none", so CSS hides the copy and
 *    a custom view never flashes the default one before the page's script renders it. An embed
 *    pinned to the release its copy was built from (config.release) fits that copy. A dashboard
 *    page that fits shows its own folder's address, as the app writes it (src/embed/addressPath.ts);
 *  - a narrow viewport (a phone) fits the copy drawn at a phone's width, in the `narrow/` folder
 *    beside the file (config.narrow, src/embed/narrowCopy.ts); a dashboard's phone copy shows the
 *    wide file's address, so a link copied on a phone opens the wide copy elsewhere.
 */
(function (doc, loc, languages) {
  'use strict';
  var html = doc.documentElement;
  var params = new URLSearchParams(loc.search);
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') html.setAttribute('data-theme', theme);
  if (params.get('title') === '0') html.setAttribute('data-notitle', '');
  // The languages of src/i18n/locales.ts, the first the default: the build writes them in (scripts/headScript.ts).
  var langs = ['es', 'en'];
  var lang = params.get('lang');
  if (langs.indexOf(lang) < 0) {
    lang = langs[0];
    for (var i = 0; i < languages.length; i++) {
      var base = String(languages[i]).toLowerCase().split('-')[0];
      if (langs.indexOf(base) >= 0) {
        lang = base;
        break;
      }
    }
  }
  html.setAttribute('lang', lang);
  var meta = doc.querySelector('meta[name="atlas-prerender"]');
  if (!meta) return;
  var config;
  try {
    config = JSON.parse(meta.getAttribute('content'));
  } catch (e) {
    return;
  }
  // Same list as src/view/queryLimits.ts (this file runs before any module, so it keeps a copy: change both).
  var tracking = /^(?:utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|twclid|ttclid|_ga|_gl)$/;
  var names = [];
  params.forEach(function (value, name) {
    names.push(name);
  });
  for (var j = 0; j < names.length; j++) {
    var name = names[j];
    var isSameRelease = name === 'release' && !!config.release && params.get(name) === config.release;
    if (name === 'lang' || isSameRelease || config.drop.indexOf(name) >= 0 || tracking.test(name)) params.delete(name);
  }
  var key = lang + '|' + params.toString();
  var pages = config.pages || {};
  var has = function (map, k) {
    return Object.prototype.hasOwnProperty.call(map, k);
  };
  // A phone copy when the viewport is narrow and a file holds one for this key (src/embed/narrowCopy.ts).
  // The viewport's width needs <meta name="viewport"> above this script; 0 means no layout yet (a hidden frame).
  var narrow = config.narrow || { below: 0, pages: {} };
  var width = html.clientWidth;
  var isNarrowVisit = width > 0 && width < narrow.below && has(narrow.pages, key);
  var wanted = isNarrowVisit ? narrow.pages[key] : has(pages, key) ? pages[key] : null;
  if (key === config.key && !!config.isNarrow === isNarrowVisit) {
    html.setAttribute('data-pv', '0');
    // A dashboard page shows its file's own folder (`clusters/index.html` → `clusters/`), the
    // path the app writes for this query (src/embed/addressPath.ts); a phone copy shows the wide
    // file's (`clusters/narrow/` → `clusters/`). A page with an opaque origin
    // (in a sandboxed frame) may not rewrite its address: it keeps it.
    var here = pages[key] || config.home;
    if (config.home && loc.pathname !== here)
      try {
        history.replaceState(history.state, '', here + loc.search + loc.hash);
      } catch (e) {}
  } else if (wanted !== null && wanted !== loc.pathname) {
    html.setAttribute('data-pv', 'moving');
    loc.replace(wanted + loc.search + loc.hash);
  } else html.setAttribute('data-pv', 'none');
})(document, location, navigator.languages || [navigator.language || '']);
