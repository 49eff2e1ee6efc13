/*
 * Compute Atlas: runs in <head>, before the body is parsed, on every built page. A file, not an
 * inline script, so pages work under a Content-Security-Policy without 'unsafe-inline'.
 *  - theme=light|dark in the URL → <html data-theme>, so the first paint has the right colours;
 *  - the page's language (URL lang=, else the browser's first es/en, else es) → <html lang>;
 *  - picks the prerendered copy built for this URL and language (src/embed/prerenderKey.ts,
 *    keep the two in step) → <html data-pv="i">, or "none" so CSS hides them all and a custom
 *    view never flashes the default one before the page's script renders it.
 */
(function (doc, search, languages) {
  'use strict';
  var html = doc.documentElement;
  var params = new URLSearchParams(search);
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') html.setAttribute('data-theme', theme);
  var lang = params.get('lang');
  if (lang !== 'es' && lang !== 'en') {
    lang = 'es';
    for (var i = 0; i < languages.length; i++) {
      var base = String(languages[i]).toLowerCase().split('-')[0];
      if (base === 'es' || base === 'en') {
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
    if (name === 'lang' || config.drop.indexOf(name) >= 0 || tracking.test(name)) params.delete(name);
  }
  var index = config.keys.indexOf(lang + '|' + params.toString());
  html.setAttribute('data-pv', index < 0 ? 'none' : String(index));
})(document, location.search, navigator.languages || [navigator.language || '']);
