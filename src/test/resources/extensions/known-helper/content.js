// Adds the two attributes Grammarly puts on <body> (as seen in React hydration-mismatch reports), but only once
// Quietroom has rendered its findings (data-state="ready"), so that the page must notice a change made later.
(function () {
  function ready() {
    return document.documentElement.getAttribute('data-state') === 'ready';
  }
  function mark() {
    document.body.setAttribute('data-new-gr-c-s-check-loaded', '14.1248.0');
    document.body.setAttribute('data-gr-ext-installed', '');
  }
  if (ready()) {
    mark();
    return;
  }
  new MutationObserver(function (records, observer) {
    if (ready()) {
      observer.disconnect();
      mark();
    }
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-state'] });
}());
