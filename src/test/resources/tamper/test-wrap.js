// A page-world script that wraps addEventListener before the app loads, as a script watching typing would.
// Served by EnginesChecksIT (wrapped.test) from the page's own origin, so the page's script-src 'self' lets it run.
(function () {
  var original = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    return original.call(this, type, listener, options);
  };
}());
