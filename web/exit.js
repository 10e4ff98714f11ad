/*
 * Quietroom quick exit. Hand-written, dependency-free, ES5 (no arrow functions, no optional chaining), and
 * independent of the Java builds: it is the first script in <head>, pinned by SRI, so it works before either
 * build has loaded, while one loads, and when both failed. With JavaScript off the exit links are plain links.
 *
 * Ways out, all running exitPage():
 *   - the exit button (#exit) and the skip-style link at the top of <body> (#exit-skip): a plain left click or
 *     Enter. Middle, Ctrl, Cmd, Shift and Alt clicks are left to the browser, so they stay ordinary links;
 *   - Shift pressed three times: GOV.UK's "Exit this page" rules (counted on key release, in the capture
 *     phase; any other key resets; each press restarts a 5 s timer), with two of its open bugs fixed:
 *       * Left and Right Shift mixed (govuk-frontend#5393): GOV.UK treats a Shift release with shiftKey set
 *         as "Shift used as a modifier", and a Shift released while the other Shift is still held has shiftKey
 *         set. Here only the release of a *non-Shift* key with shiftKey set marks Shift as used as a modifier;
 *       * iOS on-screen keyboard (govuk-frontend#4095; the rule below is tested in emulation, not on a real
 *         device): its Shift stays on after a tap, so its releases can carry shiftKey, which GOV.UK's rule reads
 *         as modifier use (the fix above removes that), and tapping it for caps lock (twice) and back (once)
 *         makes three releases that would leave the page by accident. On a touch-only device (any-pointer
 *         coarse, none fine: a phone or tablet without mouse or trackpad), Shift is therefore not counted while
 *         a text field has focus (the on-screen keyboard is up): it neither counts nor resets there. Escape
 *         twice and the button still work; on-screen keyboards have no Escape key.
 *   - Escape pressed twice, within 1.5 s. An Escape that closes something counts as nothing: not while a
 *     dialog, a modal or a popover is open, not when page code handled it (called preventDefault or
 *     stopped it before it reached window), nor in a search field (which it clears). Text being composed with
 *     an input method (IME) never counts.
 *   - a quick exit in another tab of this site (same-origin BroadcastChannel: no network, nothing stored).
 * Progress is shown by three aria-hidden lights (#exit-lights, data-qr-count) and announced by the role=status
 * region #exit-status. Every word comes from the catalog through #exit-status's data-qr-* attributes (the page
 * template fills them); this file has no user-facing text.
 *
 * exitPage(), in this order, with nothing queued or awaited before it runs:
 *   1. hides the page: data-state="exited" and class qr-exited on <html> (CSS hides everything), the hidden
 *      attribute on every child of <body> (hides them even without CSS), and a blank overlay in the system
 *      Canvas colours with role=alert, appended first and given its text after, so screen readers announce it;
 *   2. drops the state: dispatches `quietroom-exit` on document (the Java code drops what it holds) and empties
 *      every element marked data-exit-clear (findings, later the questionnaire and the plan);
 *   3. sets a neutral title;
 *   4. leaves with location.replace(target): the page's history entry is replaced, so Back does not return.
 * If no pagehide follows within FALLBACK_MS (the target failed, answered 204, or became a download), the page
 * goes to about:blank, so the person is never left on Quietroom (hidden, with the neutral title, but there).
 * The target is the href of #exit (so an advocate link can change it), else <meta name="quietroom-exit">
 * (before the body is parsed); only http(s) URLs, never a script URL. If the browser comes back to the page
 * anyway (a back/forward cache restore, or a navigation that never happened), it stays blank and empty:
 * pageshow hides and clears again, and nothing is put back.
 *
 * Also here, because they must work without Java:
 *   - the browser family (data-browser on <html>), which picks the history instructions in the exit guidance
 *     (#exit-intro, a short warning beside the page's purpose, and the full guidance one tap away);
 *   - the opt-in switch #cover-switch: while it is on, the page is covered whenever the tab or window loses
 *     focus or is hidden, and uncovered when it gets focus back. Kept in memory only.
 * Elements with the data-js attribute need this script: they are hidden in the markup and shown here.
 * Nothing here writes any kind of storage.
 */
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;
  var SHIFT_TIMEOUT_MS = 5000;
  var ESCAPE_WINDOW_MS = 1500;
  var EXPIRED_SHOWN_MS = 5000;
  // After location.replace, a pagehide should follow at once. A target that fails to load, answers 204 No
  // Content or turns into a download leaves the browser where it is; after this long, it goes to about:blank.
  var FALLBACK_MS = 2000;

  var exited = false;
  var shiftPresses = 0;
  var shiftTimer = null;
  var shiftUsedAsModifier = false;
  var escapePresses = 0;
  var escapeTimer = null;
  var escapeDown = null;
  var statusTimer = null;
  var coverWanted = false;
  var pageHidden = false;
  var fallbackTimer = null;
  var channel = null;

  // ---- words and small DOM helpers -------------------------------------------------------------------

  /** A sentence from the catalog, carried by a data-qr-* attribute of #exit-status; empty if not there yet. */
  function words(name) {
    var status = doc.getElementById('exit-status');
    return (status && status.getAttribute('data-qr-' + name)) || '';
  }

  function setStatus(text) {
    var status = doc.getElementById('exit-status');
    if (status) {
      status.textContent = text;
    }
  }

  function hasClass(element, name) {
    return (' ' + element.className + ' ').indexOf(' ' + name + ' ') >= 0;
  }

  function addClass(element, name) {
    if (!hasClass(element, name)) {
      element.className = element.className ? element.className + ' ' + name : name;
    }
  }

  function removeClass(element, name) {
    var kept = [];
    var parts = element.className.split(' ');
    for (var i = 0; i < parts.length; i++) {
      if (parts[i] && parts[i] !== name) {
        kept.push(parts[i]);
      }
    }
    element.className = kept.join(' ');
  }

  function empty(element) {
    while (element.firstChild) {
      element.removeChild(element.firstChild);
    }
  }

  function fire(name) {
    var event;
    if (typeof CustomEvent === 'function') {
      event = new CustomEvent(name);
    } else {
      event = doc.createEvent('CustomEvent');
      event.initCustomEvent(name, false, false, null);
    }
    doc.dispatchEvent(event);
  }

  function isWebUrl(url) {
    if (typeof url !== 'string') {
      return false;
    }
    var lower = url.toLowerCase();
    return lower.indexOf('https:') === 0 || lower.indexOf('http:') === 0;
  }

  // ---- the exit ---------------------------------------------------------------------------------------

  /** The neutral page to leave for: the exit link's href, else the page's meta default. */
  function exitTarget() {
    var link = doc.getElementById('exit');
    if (link && isWebUrl(link.href)) {
      return link.href;
    }
    var meta = doc.querySelector('meta[name=quietroom-exit]');
    var url = meta ? meta.getAttribute('content') : null;
    return isWebUrl(url) ? url : 'about:blank';
  }

  /** Step 1: nothing of the page stays visible or reachable. Safe to run again (after a restore). */
  function hide() {
    root.setAttribute('data-state', 'exited');
    removeClass(root, 'qr-covered');
    addClass(root, 'qr-exited');
    var host = doc.body || root;
    var overlay = null;
    var children = host.children;
    for (var i = 0; i < children.length; i++) {
      if (hasClass(children[i], 'exit-overlay')) {
        overlay = children[i];
      } else if (host === doc.body) {
        children[i].setAttribute('hidden', '');
      }
    }
    if (!overlay) {
      overlay = doc.createElement('div');
      overlay.className = 'exit-overlay';
      overlay.setAttribute('role', 'alert');
      host.appendChild(overlay);
    }
    overlay.textContent = words('overlay');
  }

  /** Step 2: whatever the page holds of this visit is let go. */
  function dropState() {
    stopShift(false);
    stopEscape(false);
    clearTimeout(statusTimer);
    setStatus('');
    fire('quietroom-exit');
    var marked = doc.querySelectorAll('[data-exit-clear]');
    for (var i = 0; i < marked.length; i++) {
      empty(marked[i]);
    }
    // What the person typed, ticked or picked: emptied, so no form state is left for session restore to keep.
    var controls = doc.querySelectorAll('input,textarea,select');
    for (var j = 0; j < controls.length; j++) {
      var c = controls[j];
      if (c.type === 'checkbox' || c.type === 'radio') {
        c.checked = false;
      } else if (c.type !== 'button' && c.type !== 'submit' && c.type !== 'hidden') {
        c.value = '';
      }
    }
  }

  function neutralTitle() {
    var title = words('neutral-title');
    if (title) {
      doc.title = title;
    }
  }

  function exitPage(fromOtherTab) {
    var target = exitTarget();
    if (!exited && !fromOtherTab && channel) {
      try {
        channel.postMessage('exit');
      } catch (e) {
        // leaves all the same
      }
    }
    // Before the steps: a pagehide from here on (the navigation's, or one a test dispatches at the exit event to
    // keep an exited page in view) means the page did go.
    pageHidden = false;
    if (!exited) {
      exited = true;
      // Each step on its own: whatever fails, the browser still leaves.
      try {
        hide();
      } catch (e) {
        // the navigation below still runs
      }
      try {
        dropState();
      } catch (e) {
        // the navigation below still runs
      }
      try {
        neutralTitle();
      } catch (e) {
        // the navigation below still runs
      }
    }
    location.replace(target);
    clearTimeout(fallbackTimer);
    fallbackTimer = setTimeout(function () {
      if (!pageHidden) {
        // Still here: the target did not replace this page. A blank page, never Quietroom.
        location.replace('about:blank');
      }
    }, FALLBACK_MS);
  }

  window.addEventListener('pagehide', function () {
    pageHidden = true;
  });

  // Back to a page that was left (back/forward cache), or a navigation that never happened: stay blank.
  window.addEventListener('pageshow', function () {
    if (exited) {
      hide();
      dropState();
      neutralTitle();
    }
  });

  try {
    if (typeof BroadcastChannel === 'function') {
      channel = new BroadcastChannel('quietroom-exit');
      channel.onmessage = function () {
        if (!exited) {
          exitPage(true);
        }
      };
    }
  } catch (e) {
    channel = null;
  }

  // ---- clicks -----------------------------------------------------------------------------------------

  function exitLinkOf(node) {
    while (node && node !== doc) {
      if (node.id === 'exit' || node.id === 'exit-skip') {
        return node;
      }
      node = node.parentNode;
    }
    return null;
  }

  doc.addEventListener('click', function (event) {
    var link = exitLinkOf(event.target);
    if (link) {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return;
      }
      event.preventDefault();
      exitPage();
      return;
    }
  }, true);

  // ---- the keyboard shortcuts -------------------------------------------------------------------------

  function keyOf(event) {
    var key = event.key;
    if (key === 'Esc') {
      return 'Escape';
    }
    if (key) {
      return key;
    }
    return event.keyCode === 16 ? 'Shift' : (event.keyCode === 27 ? 'Escape' : 'Other');
  }

  function announce(name) {
    clearTimeout(statusTimer);
    setStatus(words(name));
  }

  function announceExpired() {
    announce('expired');
    statusTimer = setTimeout(function () {
      setStatus('');
    }, EXPIRED_SHOWN_MS);
  }

  function showLights(count) {
    var lights = doc.getElementById('exit-lights');
    if (lights) {
      lights.setAttribute('data-qr-count', String(count));
    }
  }

  /** Ends a Shift sequence; says so when one was under way and `tell` is set. */
  function stopShift(tell) {
    var wasCounting = shiftPresses > 0;
    clearTimeout(shiftTimer);
    shiftTimer = null;
    shiftPresses = 0;
    showLights(0);
    if (tell && wasCounting) {
      announceExpired();
    }
  }

  function stopEscape(tell) {
    var wasCounting = escapePresses > 0;
    clearTimeout(escapeTimer);
    escapeTimer = null;
    escapePresses = 0;
    if (tell && wasCounting) {
      announceExpired();
    }
  }

  function countShift() {
    shiftPresses++;
    showLights(shiftPresses);
    clearTimeout(shiftTimer);
    if (shiftPresses >= 3) {
      shiftPresses = 0;
      exitPage();
      return;
    }
    announce(shiftPresses === 1 ? 'shift-2' : 'shift-1');
    shiftTimer = setTimeout(function () {
      stopShift(true);
    }, SHIFT_TIMEOUT_MS);
  }

  function countEscape() {
    escapePresses++;
    clearTimeout(escapeTimer);
    if (escapePresses >= 2) {
      escapePresses = 0;
      exitPage();
      return;
    }
    announce('escape-1');
    escapeTimer = setTimeout(function () {
      stopEscape(true);
    }, ESCAPE_WINDOW_MS);
  }

  /** Is something open that Escape closes? Then Escape belongs to it. */
  function somethingToClose() {
    if (doc.querySelector('dialog[open],[aria-modal=true]')) {
      return true;
    }
    try {
      return !!doc.querySelector(':popover-open');
    } catch (e) {
      return false; // a browser without popovers
    }
  }

  function isTextField(element) {
    if (!element) {
      return false;
    }
    if (element.isContentEditable) {
      return true;
    }
    var tag = (element.tagName || '').toLowerCase();
    if (tag === 'textarea') {
      return true;
    }
    if (tag !== 'input') {
      return false;
    }
    var type = (element.getAttribute('type') || 'text').toLowerCase();
    var notTyped = ['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit'];
    for (var i = 0; i < notTyped.length; i++) {
      if (type === notTyped[i]) {
        return false;
      }
    }
    return true;
  }

  function isSearchField(element) {
    return !!element && (element.tagName || '').toLowerCase() === 'input'
        && (element.getAttribute('type') || '').toLowerCase() === 'search';
  }

  /** A phone or tablet with no mouse or trackpad, typing in a field: the on-screen keyboard is up. */
  function onScreenKeyboardLikely() {
    if (typeof window.matchMedia !== 'function' || !isTextField(doc.activeElement)) {
      return false;
    }
    return window.matchMedia('(any-pointer:coarse)').matches && !window.matchMedia('(any-pointer:fine)').matches;
  }

  // Escape: whether it was free to count is known only while it goes down (a dialog closes on keydown).
  window.addEventListener('keydown', function (event) {
    if (keyOf(event) === 'Escape') {
      escapeDown = {dialog: somethingToClose() || isSearchField(event.target), reachedWindow: false,
        prevented: false};
    }
  }, true);
  window.addEventListener('keydown', function (event) {
    if (keyOf(event) === 'Escape' && escapeDown) {
      escapeDown.reachedWindow = true;
      escapeDown.prevented = event.defaultPrevented;
    }
  }, false);

  doc.addEventListener('keyup', function (event) {
    if (exited || event.isComposing || event.keyCode === 229) {
      return;
    }
    var key = keyOf(event);
    if (key === 'Shift') {
      stopEscape(true);
      if (onScreenKeyboardLikely()) {
        return;
      }
      if (shiftUsedAsModifier) {
        shiftUsedAsModifier = false;
        stopShift(true);
        return;
      }
      countShift();
      return;
    }
    // Any other key: a Shift sequence ends, and a Shift released next was a modifier if this key had it.
    shiftUsedAsModifier = event.shiftKey === true;
    stopShift(true);
    if (key === 'Escape') {
      var down = escapeDown;
      escapeDown = null;
      if (down && down.reachedWindow && !down.prevented && !down.dialog) {
        countEscape();
      } else {
        stopEscape(true);
      }
    } else {
      stopEscape(true);
    }
  }, true);

  // ---- the interruption, the browser family, the cover switch ----------------------------------------

  /** The browser family, from the user agent string: one of the families the history help covers. */
  // The same rule as core/platform/Platform.java, in the same order; the build writes its lists in here, and
  // a test runs this function over Platform's user-agent table.
  var OTHER_MARKERS = '{{platform:other-markers}}'.split('|');
  var EDGE_TOKENS = '{{platform:edge-tokens}}'.split('|');

  function hasAny(ua, tokens) {
    for (var i = 0; i < tokens.length; i++) {
      if (ua.indexOf(tokens[i]) >= 0) {
        return true;
      }
    }
    return false;
  }

  function browserFamily(ua) {
    if (hasAny(ua, OTHER_MARKERS)) {
      return 'other';
    }
    if (hasAny(ua, EDGE_TOKENS)) {
      return 'edge';
    }
    if (ua.indexOf('SamsungBrowser/') >= 0) {
      return 'samsung';
    }
    if (ua.indexOf('FxiOS/') >= 0 || ua.indexOf('Firefox/') >= 0) {
      return 'firefox';
    }
    if (ua.indexOf('CriOS/') >= 0) {
      return 'chrome';
    }
    if (ua.indexOf('Chrome/') >= 0) {
      // Android browsers built on the system WebView add "Version/4.0" before "Chrome/".
      return ua.indexOf('Android') >= 0 && ua.indexOf('Version/') >= 0 ? 'other' : 'chrome';
    }
    // Platform also accepts "Mac OS X", which every Apple agent that has it pairs with one of these.
    var apple = hasAny(ua, ['iPhone', 'iPad', 'iPod', 'Macintosh']);
    if (ua.indexOf('Safari/') >= 0 && ua.indexOf('Version/') >= 0 && apple) {
      return 'safari';
    }
    return 'other';
  }

  /** Shows the detected browser's history help (and the general one); the others stay for no-JS only. */
  function pickHistoryHelp(family) {
    var items = doc.querySelectorAll('[data-browser-help]');
    var found = false;
    var i;
    for (i = 0; i < items.length; i++) {
      found = found || items[i].getAttribute('data-browser-help') === family;
    }
    if (!found || family === 'other') {
      return;
    }
    for (i = 0; i < items.length; i++) {
      var name = items[i].getAttribute('data-browser-help');
      if (name === family) {
        items[i].setAttribute('data-qr-detected', 'true');
        var label = items[i].querySelector('.this-browser');
        if (label) {
          label.removeAttribute('hidden');
        }
      } else if (name !== 'other') {
        items[i].setAttribute('hidden', '');
      }
    }
  }

  function cover() {
    if (coverWanted && !exited) {
      addClass(root, 'qr-covered');
    }
  }

  function uncover() {
    removeClass(root, 'qr-covered');
  }

  doc.addEventListener('change', function (event) {
    if (event.target && event.target.id === 'cover-switch') {
      coverWanted = !!event.target.checked;
      if (!coverWanted) {
        uncover();
      }
    }
  }, true);
  window.addEventListener('blur', function (event) {
    if (event.target === window || event.target === doc) {
      cover();
    }
  });
  window.addEventListener('focus', function (event) {
    if (event.target === window || event.target === doc) {
      uncover();
    }
  });
  doc.addEventListener('visibilitychange', function () {
    if (doc.visibilityState === 'hidden') {
      cover();
    } else if (!doc.hasFocus || doc.hasFocus()) {
      uncover();
    }
  });
  window.addEventListener('pagehide', cover);

  function ready() {
    var family = 'other';
    try {
      family = browserFamily(String(navigator.userAgent || ''));
    } catch (e) {
      // stays 'other'
    }
    root.setAttribute('data-browser', family);
    var needJs = doc.querySelectorAll('[data-js]');
    for (var i = 0; i < needJs.length; i++) {
      needJs[i].removeAttribute('hidden');
    }
    pickHistoryHelp(family);
    var coverSwitch = doc.getElementById('cover-switch');
    if (coverSwitch) {
      coverSwitch.checked = false;
    }
    if (exited) {
      // Left while the page was still arriving: hide what arrived since.
      hide();
      dropState();
    }
  }

  // When parsing ends (readystatechange to "interactive"): before boot.js's watch takes its first look at the page,
  // whose listener comes after this one, so these marks are part of the page it compares with its build.
  if (doc.readyState === 'loading') {
    doc.addEventListener('readystatechange', function onChange() {
      if (doc.readyState !== 'loading') {
        doc.removeEventListener('readystatechange', onChange);
        ready();
      }
    });
  } else {
    ready();
  }
}());
