/* Quietroom JS build starter: runs the TeaVM JavaScript build's main when boot.js says the page is ready for it. */
(function () {
  // After the watch's first look at the page and the catalog (boot.js, "When a build may start").
  window.quietroomWhenReady(function () {
    try {
      main([]);
    } catch (e) {
      if (typeof console !== 'undefined') {
        console.error(e);
      }
      document.dispatchEvent(new CustomEvent('quietroom-failed', { detail: 'js' }));
    }
  });
}());
