// Runs in an isolated world before the page's own scripts (document_start), like many real extensions.
// The attribute lands before the page has parsed, so boot.js's first look at the page (when parsing ends) finds
// it; the element lands at DOMContentLoaded, after that look, so boot.js's MutationObserver sees it added.
document.documentElement.setAttribute('data-qr-test-injector', '1');
document.addEventListener('DOMContentLoaded', function () {
  var widget = document.createElement('qr-test-widget');
  widget.textContent = 'added by a test extension';
  document.body.appendChild(widget);
});
