// Runs in an isolated world before the page's own scripts (document_start), like many real extensions.
// The attribute lands before the page has parsed; the element lands at DOMContentLoaded, before Quietroom's
// boot.js compares the page with its structure as built (this listener was registered first).
document.documentElement.setAttribute('data-qr-test-injector', '1');
document.addEventListener('DOMContentLoaded', function () {
  var widget = document.createElement('qr-test-widget');
  widget.textContent = 'added by a test extension';
  document.body.appendChild(widget);
});
