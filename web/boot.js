/*
 * Quietroom boot script: picks the build this browser can run and loads it. No application logic lives here.
 *
 * Order of preference: the WasmGC build where WebAssembly GC validates, else the JavaScript build (old
 * browsers, Safari Lockdown Mode, WebAssembly switched off by policy). If the WasmGC build fails to load or
 * start, the JavaScript build is tried. If both fail, the page shows its error message and stays usable: the
 * quick exit and the checklist are plain HTML. `?tier=js` forces the JavaScript build (used by the tests).
 *
 * Scripts are inserted by cloning <template> markup, not by assigning a URL to script.src: the page's CSP
 * requires Trusted Types and allows no policy, so no string may become a script URL. The template's scripts
 * carry an inert type, made runnable only on the clone, so that a browser (or test browser) that does not
 * keep template content inert never runs both builds.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var START_TIMEOUT_MS = 20000;
  // The smallest module with a GC type (one struct with an i32 field): valid only where WasmGC is supported.
  var GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 127, 0]);

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

  function whenBody(fn) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fn);
    } else {
      fn();
    }
  }

  function giveUp() {
    root.setAttribute('data-tier', 'none');
    root.setAttribute('data-state', 'error');
    whenBody(function () {
      var error = document.getElementById('error');
      if (error) {
        error.removeAttribute('hidden');
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

  function load(tier) {
    var template = document.getElementById('tier-' + tier);
    // Older engines (and HtmlUnit) do not keep template content inert: the script may stand outside it.
    var inert = (template && template.content && template.content.querySelector('script'))
        || document.getElementById('tier-' + tier + '-script');
    if (!inert) {
      next(tier);
      return;
    }
    root.setAttribute('data-tier', tier);
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
    script.addEventListener('error', function () {
      failed(tier);
    });
    // A build that does not even parse in this browser reports through window's error event, not the script's.
    var url = script.src;
    window.addEventListener('error', function (event) {
      if (event.filename === url) {
        failed(tier);
      }
    });
    document.head.appendChild(script);
  }

  // Content-Security-Policy violations are counted here, locally: the policy has no report-to, so nothing
  // is ever reported anywhere. The page-integrity check reads the count.
  var violations = 0;
  root.setAttribute('data-csp-violations', '0');
  document.addEventListener('securitypolicyviolation', function () {
    violations++;
    root.setAttribute('data-csp-violations', String(violations));
  });

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
  load(pickTier());
}());
