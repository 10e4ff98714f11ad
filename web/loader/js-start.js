/* Quietroom JS build starter: runs the TeaVM JavaScript build's main once the page is parsed. */
(function () {
  function run() {
    try {
      main([]);
    } catch (e) {
      if (typeof console !== 'undefined') {
        console.error(e);
      }
      document.dispatchEvent(new CustomEvent('quietroom-failed', { detail: 'js' }));
    }
  }
  // Once the page is parsed and its deferred script, the message catalog, has run: the catalog runs after
  // readyState turns 'interactive' and before DOMContentLoaded. Without it yet, wait for DOMContentLoaded, or for
  // load when DOMContentLoaded has passed (a catalog that failed to load).
  if (document.readyState !== 'loading' && typeof globalThis.quietroomMessages === 'object') {
    run();
  } else {
    var started = false;
    var once = function () {
      if (!started) {
        started = true;
        run();
      }
    };
    document.addEventListener('DOMContentLoaded', once);
    window.addEventListener('load', once);
  }
}());
