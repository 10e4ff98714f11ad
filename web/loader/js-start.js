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
  // Once the page is parsed and its deferred scripts (the message catalog) have run. readyState alone cannot
  // tell: it is already "interactive" before deferred scripts run. If the catalog never comes, load still does.
  var done = false;
  function once() {
    if (!done) {
      done = true;
      run();
    }
  }
  if (globalThis.quietroomMessages || document.readyState === 'complete') {
    once();
  } else {
    document.addEventListener('DOMContentLoaded', once);
    window.addEventListener('load', once);
  }
}());
