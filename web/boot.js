/*
 * Quietroom boot script: the first script on the page. It keeps a few local records that the checks read, then
 * picks the build this browser can run and loads it. Nothing here is stored or sent anywhere: the records are
 * attributes on <html>, gone when the tab closes.
 *
 * Records (read by core/BootRecord.java):
 *   data-csp-canary       "blocked" or "ran": the Content-Security-Policy canary (below).
 *   data-csp-violations   policy violations seen, not counting the canary's own.
 *   data-csp-header       "yes", "no" or "unknown": whether the host's header policy arrived (below).
 *   data-watch            "on" when the page was watched from the start, "off" when it could not be.
 *   data-watch-elements   tag names of elements the page was not built with and its own code did not add.
 *   data-watch-attributes attribute names (and ".class" tokens) added by something else.
 *   data-watch-extension-urls  schemes of extension URLs found in the page (only the scheme, never the ID:
 *                         a Firefox extension UUID is a per-install fingerprint).
 *   data-framed           "yes" when the page is inside a frame (window.top is not this window), "no", "unknown".
 *                         Compared here, in JavaScript: a cross-origin window.top must never reach the compiled
 *                         code (TeaVM's WasmGC runtime reads a property of every object it is given, which a
 *                         cross-origin window refuses with a SecurityError).
 *   data-stored-cookies, data-stored-local, data-stored-sw  how much this site already had saved (a number,
 *                         "pending" or "unknown"); read without creating anything.
 * When a record changes after the app has started, a "quietroom-watch" event tells it to read them again.
 *
 * Code that fills the page must do so inside an element marked data-qr-fill, with the tags and attributes that
 * core/OwnWrites.java declares (FILL_TAGS and FILL_ATTRIBUTES here); anything else added to the page counts as
 * added by something other than Quietroom.
 *
 * The order that makes a false alarm impossible: exit.js's own marks, then the watch's first look at the page
 * (when parsing ends: the readystatechange to "interactive", which no asynchronously loaded script can precede),
 * then the build. A build starts only through window.quietroomWhenReady, which waits for that first look, so
 * nothing Quietroom writes can ever be compared with the page as built.
 *
 * Loading: the WasmGC build where WebAssembly GC validates, else the JavaScript build (old browsers, Safari
 * Lockdown Mode, WebAssembly switched off by policy). If the WasmGC build fails to load or start, the JavaScript
 * build is tried. If both fail, the page shows its error message and stays usable: the quick exit and the
 * checklist are plain HTML. `?tier=js` forces the JavaScript build (used by the tests).
 *
 * Scripts are inserted by cloning <template> markup, not by assigning a URL to script.src: the page's CSP
 * requires Trusted Types and allows no policy, so no string may become a script URL. The template's scripts
 * carry an inert type, made runnable only on the clone, so that a browser (or test browser) that does not
 * keep template content inert never runs both builds.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var BOOT_URL = document.currentScript ? document.currentScript.src : '';
  var START_TIMEOUT_MS = 20000;
  // The smallest module with a GC type (one struct with an i32 field): valid only where WasmGC is supported.
  var GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 127, 0]);
  var MAX_TOKENS = 16;
  var MAX_TOKEN_LENGTH = 60;

  function set(words) {
    var s = Object.create(null);
    var list = words.split(' ');
    for (var i = 0; i < list.length; i++) {
      s[list[i]] = true;
    }
    return s;
  }

  // Records boot.js writes on <html>, and those the app also writes (data-tier, data-state).
  var BOOT_RECORDS = set('data-csp-canary data-csp-violations data-csp-header data-watch data-watch-elements data-watch-attributes '
      + 'data-watch-extension-urls data-stored-cookies data-stored-local data-stored-sw data-framed');
  // What Quietroom's own code writes, declared once in core/OwnWrites.java and written in here by the site builder
  // (a test checks the page's code against the declaration): root attributes that exit.js and the Java shell write
  // besides boot.js's records, and the tags and attributes it puts inside data-qr-fill containers.
  var SHARED_RECORDS = set('{{own:root-attributes}}');
  var FILL_TAGS = set('{{own:fill-tags}}');
  var FILL_ATTRIBUTES = set('{{own:fill-attributes}}');
  // Classes exit.js puts on <html> (the cover when the window loses focus, the exit).
  var ROOT_CLASSES = set('{{own:root-classes}}');
  var EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:', 'safari-web-extension:', 'safari-extension:',
    'ms-browser-extension:'];

  var written = Object.create(null);
  // Elements boot.js itself adds (the build's script, the other languages' catalogs): never reported as added by
  // something else.
  var ownNodes = [];

  // ---- 1. Loading the build.
  function pickTier() {
    if (/[?&]tier=js(&|$)/.test(location.search)) {
      return 'js';
    }
    try {
      if (typeof WebAssembly !== 'object' || typeof WebAssembly.validate !== 'function') {
        return 'js';
      }
      return WebAssembly.validate(GC_PROBE) ? 'wasm' : 'js';
    } catch (e) {
      return 'js';
    }
  }

  function giveUp() {
    root.setAttribute('data-tier', 'none');
    root.setAttribute('data-state', 'error');
    whenParsed(function () {
      var error = document.getElementById('error');
      if (error) {
        error.removeAttribute('hidden');
      }
      // Opened from a file: say that, not "another browser" (the link-making page has the words).
      var fromFile = document.getElementById('error-file');
      if (fromFile && location.protocol === 'file:') {
        fromFile.removeAttribute('hidden');
      }
    });
  }

  function failed(tier) {
    if (root.getAttribute('data-tier') === tier && root.getAttribute('data-state') === 'loading') {
      next(tier);
    }
  }

  function next(tier) {
    if (tier === 'wasm') {
      load('js');
    } else {
      giveUp();
    }
  }

  // The inert scripts of a <template>: in its content, or, in engines that do not keep template content inert
  // (older ones, HtmlUnit), among its children. None when the template is not (yet) in the page.
  function inertScripts(id) {
    var template = document.getElementById(id);
    var list = template && template.content ? template.content.querySelectorAll('script') : [];
    return list.length || !template ? list : template.querySelectorAll('script');
  }

  // A runnable copy of an inert script from a template.
  function runnable(inert) {
    var script;
    if (window.trustedTypes) {
      // Trusted Types are enforced here: clone the parser-made element, whose URL never was a string.
      script = document.importNode(inert, true);
      script.setAttribute('type', 'text/javascript');
    } else {
      // No Trusted Types in this engine (older browsers, HtmlUnit): a plain element is allowed and runs everywhere.
      script = document.createElement('script');
      script.setAttribute('integrity', inert.getAttribute('integrity'));
      script.src = inert.getAttribute('src');
    }
    return script;
  }

  // The other languages' catalogs, for changing language in place (inert in <template id="later-catalogs">).
  // Asked for when the build's script has arrived, so that they do not share a slow line with it, or at once when
  // the visit may start in another language. Either way before the page's load event, which also waits for scripts
  // inserted while the page loads: so the page still asks for nothing once it has loaded.
  var catalogsAsked = false;
  function askCatalogs() {
    var list = catalogsAsked ? [] : inertScripts('later-catalogs');
    catalogsAsked = catalogsAsked || list.length > 0;
    for (var i = 0; i < list.length; i++) {
      var script = runnable(list[i]);
      ownNodes.push(script);
      document.head.appendChild(script);
    }
  }

  // Whether the visit may start in another language (core's LanguageStart decides; this only has to include every
  // case where it could): a link (its language is inside its encoded fragment) or a browser language other than
  // the page's.
  function mayStartInAnotherLanguage() {
    if (location.hash.length > 1) {
      return true;
    }
    var page = primary(root.getAttribute('lang'));
    var list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < list.length; i++) {
      if (primary(list[i]) !== page) {
        return true;
      }
    }
    return false;
  }

  function primary(tag) {
    return String(tag || '').toLowerCase().split('-')[0];
  }

  function load(tier) {
    // Older engines (and HtmlUnit) do not keep template content inert: the script may even stand outside it.
    var inert = inertScripts('tier-' + tier)[0] || document.getElementById('tier-' + tier + '-script');
    if (!inert) {
      next(tier);
      return;
    }
    root.setAttribute('data-tier', tier);
    var script = runnable(inert);
    ownNodes.push(script);
    script.addEventListener('error', function () {
      failed(tier);
    });
    script.addEventListener('load', askCatalogs);
    // A build that does not even parse in this browser reports through window's error event, not the script's.
    var url = script.src;
    window.addEventListener('error', function (event) {
      if (event.filename === url) {
        failed(tier);
      }
    });
    document.head.appendChild(script);
  }

  // A build that loaded but could not start says so with this event (detail: its tier).
  document.addEventListener('quietroom-failed', function (event) {
    failed(event.detail);
  });
  root.setAttribute('data-state', 'loading');
  setTimeout(function () {
    if (root.getAttribute('data-state') === 'loading') {
      giveUp();
    }
  }, START_TIMEOUT_MS);
  // Asked for first, before the records below, so that its bytes are on their way while they are taken. It cannot
  // run before this script has ended (an inserted script runs in a task of its own), and it starts main only through
  // window.quietroomWhenReady, after the watch's first look (section 5).
  load(pickTier());
  if (mayStartInAnotherLanguage()) {
    askCatalogs();
  }


  function setRecord(name, value) {
    written[name] = value;
    root.setAttribute(name, value);
  }

  // Tells a running app that a record changed; coalesced so that a burst of changes is one event.
  var notifyPending = false;
  function changed() {
    if (notifyPending) {
      return;
    }
    notifyPending = true;
    setTimeout(function () {
      notifyPending = false;
      document.dispatchEvent(new CustomEvent('quietroom-watch'));
    }, 50);
  }

  // ---- 2. Content-Security-Policy: violations, counted locally (the policy has no report-to), and the canary.
  //
  // The canary tries something the production policy must block (script-src has no 'unsafe-eval', Trusted Types
  // allow no policy). If it runs, the policy was stripped on the way or bypassed in the browser. Being blocked,
  // it raises its own violation events: in Chromium 156 one per enforced policy (the server's header and the
  // page's meta policy: two), dispatched later (not during the call), each with blockedURI "trusted-types-sink",
  // a sample starting "Function|" and this script as sourceFile; engines without Trusted Types report blockedURI
  // "eval". Those events are recognised by these properties, at most one per policy and kind, and not counted,
  // so data-csp-violations counts only violations from something else.
  var violations = 0;
  var canaryKinds = Object.create(null);
  var headerPolicy = 'unknown';
  setRecord('data-csp-violations', '0');
  setRecord('data-csp-header', headerPolicy);

  function isCanaryEvent(event) {
    var kind = event.blockedURI;
    if (!(canaryKinds[kind] > 0) || (event.sourceFile && event.sourceFile !== BOOT_URL)) {
      return false;
    }
    return kind === 'eval' || String(event.sample || '').indexOf('Function|') === 0;
  }

  document.addEventListener('securitypolicyviolation', function (event) {
    if (isCanaryEvent(event)) {
      canaryKinds[event.blockedURI]--;
      // Only the header policy has frame-ancestors (meta ignores it): the host's headers arrived.
      var fromHeader = String(event.originalPolicy || '').indexOf('frame-ancestors') >= 0;
      if (headerPolicy !== 'yes' && (fromHeader || headerPolicy === 'unknown')) {
        headerPolicy = fromHeader ? 'yes' : 'no';
        setRecord('data-csp-header', headerPolicy);
        changed();
      }
      return;
    }
    violations++;
    setRecord('data-csp-violations', String(violations));
    changed();
  });

  // Armed before the call, in case an engine fires the events during it: one event per policy and kind, for the
  // meta policies above this script and a header policy.
  var canary = 'blocked';
  var policies = 1;
  var metas = document.getElementsByTagName('meta');
  for (var m = 0; m < metas.length; m++) {
    if (String(metas[m].getAttribute('http-equiv')).toLowerCase() === 'content-security-policy') {
      policies++;
    }
  }
  canaryKinds['eval'] = policies;
  canaryKinds['trusted-types-sink'] = policies;
  try {
    if (new Function('return 1')() === 1) {
      canary = 'ran';
      canaryKinds = Object.create(null);
    }
  } catch (e) {
    // Blocked, as the policy requires.
  }
  setRecord('data-csp-canary', canary);

  // ---- 3. Data this site already had in this browser, read without creating any. Reading document.cookie,
  // localStorage.length and serviceWorker.getRegistrations() left no trace in a Chromium 156 profile (measured).
  // The IndexedDB database list and the Cache API key list are not read: each wrote a storage-bucket row for the site into the
  // profile's QuotaManager database (measured), and this page promises to store nothing.
  function readCount(read) {
    try {
      var n = read();
      return typeof n === 'number' ? String(n) : 'unknown';
    } catch (e) {
      return 'unknown';
    }
  }
  setRecord('data-framed', (function () {
    try {
      return window.top === window.self ? 'no' : 'yes';
    } catch (e) {
      return 'unknown';
    }
  }()));
  setRecord('data-stored-cookies', readCount(function () { return document.cookie.length; }));
  setRecord('data-stored-local', readCount(function () { return window.localStorage.length; }));
  (function () {
    try {
      var workers = navigator.serviceWorker;
      if (!workers || typeof workers.getRegistrations !== 'function') {
        setRecord('data-stored-sw', 'unknown');
        return;
      }
      setRecord('data-stored-sw', 'pending');
      workers.getRegistrations().then(function (list) {
        setRecord('data-stored-sw', String(list.length));
        changed();
      }, function () {
        setRecord('data-stored-sw', 'unknown');
        changed();
      });
    } catch (e) {
      setRecord('data-stored-sw', 'unknown');
    }
  }());

  // ---- 4. The watch: what was added to the page that Quietroom did not put there.
  //
  // When parsing ends the page is compared with its structure as built (element and attribute counts that the
  // site builder writes into <meta name="quietroom-structure">): that catches whatever was added while the page
  // loaded. From then on a MutationObserver (started here, so it sees changes from any script or extension,
  // including isolated content scripts) judges every addition: inside data-qr-fill containers only Quietroom's
  // own tags and attributes are expected; anywhere else nothing is.
  var seen = { elements: [], attributes: [], extensions: [] };
  var scanned = false;
  var knownAtScan = null;
  var observer = null;

  function note(list, token) {
    token = String(token).slice(0, MAX_TOKEN_LENGTH);
    if (token && list.length < MAX_TOKENS && list.indexOf(token) < 0) {
      list.push(token);
    }
  }

  function noteExtensionUrl(value) {
    if (!value) {
      return;
    }
    var v = String(value).toLowerCase();
    for (var i = 0; i < EXTENSION_SCHEMES.length; i++) {
      if (v.indexOf(EXTENSION_SCHEMES[i] + '//') >= 0) {
        note(seen.extensions, EXTENSION_SCHEMES[i]);
      }
    }
  }

  // Class tokens that are new ("." + token), so that e.g. Chrome's translation (translated-ltr) can be named; on
  // <html>, the classes Quietroom's own code puts there are not.
  function noteClasses(value, oldValue, el) {
    var before = ' ' + (oldValue || '') + ' ';
    var tokens = String(value || '').split(' ');
    for (var i = 0; i < tokens.length; i++) {
      var own = el === root && ROOT_CLASSES[tokens[i]] === true;
      if (tokens[i] && !own && before.indexOf(' ' + tokens[i] + ' ') < 0) {
        note(seen.attributes, '.' + tokens[i]);
      }
    }
  }

  function isOwn(node) {
    return ownNodes.indexOf(node) >= 0;
  }

  function insideFill(node) {
    for (var n = node; n && n.nodeType === 1; n = n.parentNode) {
      if (n.hasAttribute('data-qr-fill')) {
        return true;
      }
    }
    return false;
  }

  function fillAttribute(name) {
    return FILL_ATTRIBUTES[name] === true || name.indexOf('aria-') === 0 || name.indexOf('data-qr-') === 0;
  }

  function inspectElement(el, inFill) {
    var tag = el.localName;
    var attributes = el.attributes;
    var i;
    if (inFill && FILL_TAGS[tag] === true) {
      for (i = 0; i < attributes.length; i++) {
        if (!fillAttribute(attributes[i].name)) {
          note(seen.attributes, attributes[i].name);
        }
        noteExtensionUrl(attributes[i].value);
      }
      return;
    }
    note(seen.elements, tag);
    for (i = 0; i < attributes.length; i++) {
      var name = attributes[i].name;
      if (name.indexOf('data-') === 0) {
        note(seen.attributes, name);
      } else if (name === 'class' && (tag === 'style' || tag === 'link' || tag === 'meta')) {
        noteClasses(attributes[i].value, '');
      }
      noteExtensionUrl(attributes[i].value);
    }
  }

  function added(el, inFill) {
    if (isOwn(el) || (knownAtScan && knownAtScan.has(el))) {
      return;
    }
    inspectElement(el, inFill);
    var inner = el.getElementsByTagName('*');
    for (var i = 0; i < inner.length; i++) {
      inspectElement(inner[i], inFill);
    }
  }

  function attributeChanged(el, name, oldValue) {
    if (el === root && (BOOT_RECORDS[name] === true || SHARED_RECORDS[name] === true)) {
      // Ours; but a value of a boot record that boot.js did not write was written by someone else.
      if (BOOT_RECORDS[name] === true && root.getAttribute(name) !== written[name]) {
        note(seen.attributes, name);
      }
      return;
    }
    if (insideFill(el) && fillAttribute(name)) {
      return;
    }
    if (name === 'class') {
      noteClasses(el.getAttribute('class'), oldValue, el);
    } else {
      note(seen.attributes, name);
    }
    noteExtensionUrl(el.getAttribute(name));
  }

  function writeList(name, list) {
    var value = list.join(' ');
    if (written[name] === value) {
      return false;
    }
    setRecord(name, value);
    return true;
  }

  function publish() {
    var a = writeList('data-watch-elements', seen.elements);
    var b = writeList('data-watch-attributes', seen.attributes);
    var c = writeList('data-watch-extension-urls', seen.extensions);
    if (a || b || c) {
      changed();
    }
  }

  function onMutations(records) {
    if (!scanned) {
      return;
    }
    for (var i = 0; i < records.length; i++) {
      var record = records[i];
      if (record.type === 'attributes') {
        if (record.target.nodeType === 1) {
          attributeChanged(record.target, record.attributeName, record.oldValue);
        }
      } else {
        var inFill = insideFill(record.target);
        for (var j = 0; j < record.addedNodes.length; j++) {
          if (record.addedNodes[j].nodeType === 1) {
            added(record.addedNodes[j], inFill);
          }
        }
      }
    }
    publish();
  }

  function expectedStructure() {
    var metas = document.getElementsByTagName('meta');
    for (var i = 0; i < metas.length; i++) {
      if (metas[i].getAttribute('name') === 'quietroom-structure') {
        var expected = { tags: Object.create(null), attributes: Object.create(null) };
        var items = (metas[i].getAttribute('content') || '').split(' ');
        for (var j = 0; j < items.length; j++) {
          var eq = items[j].lastIndexOf('=');
          if (eq > 0) {
            var key = items[j].substring(0, eq);
            var count = parseInt(items[j].substring(eq + 1), 10);
            if (key.charAt(0) === '@') {
              expected.attributes[key.substring(1)] = count;
            } else {
              expected.tags[key] = count;
            }
          }
        }
        return expected;
      }
    }
    return null;
  }

  function scanPage() {
    if (observer && typeof observer.takeRecords === 'function') {
      observer.takeRecords();
    }
    var expected = expectedStructure();
    if (!observer || !expected) {
      setRecord('data-watch', 'off');
      changed();
      return;
    }
    var tags = Object.create(null);
    var attributes = Object.create(null);
    knownAtScan = typeof WeakSet === 'function' ? new WeakSet() : { list: [], has: function (n) {
      return this.list.indexOf(n) >= 0; }, add: function (n) { this.list.push(n); } };
    // One walk, each element visited once: whether it is inside a data-qr-fill container comes down from its parent
    // instead of being looked up through its ancestors.
    function count(el, inFill) {
      knownAtScan.add(el);
      var filled = inFill || el.hasAttribute('data-qr-fill');
      if (!isOwn(el)) {
        tags[el.localName] = (tags[el.localName] || 0) + 1;
        for (var j = 0; j < el.attributes.length; j++) {
          var name = el.attributes[j].name;
          // exit.js sets fill attributes inside data-qr-fill containers before this scan (it marks the detected
          // browser's history help when parsing ends, and its listener comes before boot.js's).
          if (filled && fillAttribute(name)) {
            continue;
          }
          if (el !== root || (BOOT_RECORDS[name] !== true && SHARED_RECORDS[name] !== true)) {
            attributes[name] = (attributes[name] || 0) + 1;
          }
          noteExtensionUrl(el.attributes[j].value);
        }
      }
      if (el.localName === 'template' || el.localName === 'noscript') {
        // Template content and, with scripting on, noscript content are not part of the page (HtmlUnit keeps them
        // as children): known, not counted.
        var inert = el.getElementsByTagName('*');
        for (var i = 0; i < inert.length; i++) {
          knownAtScan.add(inert[i]);
        }
        return;
      }
      for (var c = el.firstElementChild; c; c = c.nextElementSibling) {
        count(c, filled);
      }
    }
    count(root, false);
    var key;
    for (key in tags) {
      if (tags[key] > (expected.tags[key] || 0)) {
        note(seen.elements, key);
      }
    }
    for (key in attributes) {
      if (attributes[key] > (expected.attributes[key] || 0)) {
        if (key === 'class' && (root.hasAttribute('class') || (document.body && document.body.hasAttribute('class')))) {
          noteClasses(root.getAttribute('class'), '', root);
          noteClasses(document.body ? document.body.getAttribute('class') : '', '');
        } else {
          note(seen.attributes, key);
        }
      }
    }
    scanned = true;
    publish();
  }

  setRecord('data-watch-elements', '');
  setRecord('data-watch-attributes', '');
  setRecord('data-watch-extension-urls', '');
  try {
    if (typeof MutationObserver === 'function') {
      observer = new MutationObserver(onMutations);
      observer.observe(document, { childList: true, subtree: true, attributes: true, attributeOldValue: true });
    }
  } catch (e) {
    observer = null;
  }
  setRecord('data-watch', observer ? 'on' : 'off');

  // ---- 5. When a build may start: after the watch's first look at the page, and once the page's catalog has run
  // (deferred, so either it has run or DOMContentLoaded, which comes after every deferred script, is the sign; a
  // catalog that failed to load never arrives, and DOMContentLoaded lets the build start without it).
  var baselineTaken = false;
  var parsedAll = document.readyState === 'complete';
  var waiting = [];

  function release() {
    if (!baselineTaken || (typeof window.quietroomMessages !== 'object' && !parsedAll)) {
      return;
    }
    var list = waiting;
    waiting = [];
    for (var i = 0; i < list.length; i++) {
      list[i]();
    }
  }

  window.quietroomWhenReady = function (fn) {
    waiting.push(fn);
    release();
  };

  function whenParsed(fn) {
    if (document.readyState !== 'loading') {
      fn();
      return;
    }
    document.addEventListener('readystatechange', function onChange() {
      if (document.readyState !== 'loading') {
        document.removeEventListener('readystatechange', onChange);
        fn();
      }
    });
  }

  // For scripts/bench: the first look's duration (marks; nothing sent or kept).
  function mark(name) {
    try {
      performance.mark(name);
    } catch (e) {
      // No User Timing in this browser: no mark.
    }
  }

  whenParsed(function () {
    try {
      mark('quietroom-scan');
      scanPage();
      mark('quietroom-scanned');
    } finally {
      baselineTaken = true;
      release();
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    parsedAll = true;
    release();
  });

}());
