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
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', run);
  } else {
    run();
  }
}());
