/*
 * Quietroom boot script: picks the build this browser can run and loads it. No application logic lives here.
 *
 * Order of preference: the WasmGC build where WebAssembly GC validates, else the JavaScript build (old
 * browsers, Safari Lockdown Mode, WebAssembly switched off by policy). If the WasmGC build fails to load or
 * start, the JavaScript build is tried. If both fail, the page shows its error message and stays usable: the
 * quick exit and the checklist are plain HTML. `?tier=js` forces the JavaScript build (used by the tests).
 *
 * Scripts are inserted by cloning <template> markup, not by assigning a URL to script.src: the page's CSP
 * requires Trusted Types and allows no policy, so no string may become a script URL.
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
    if (root.getAttribute('data-tier') !== tier || root.getAttribute('data-state') === 'error') {
      return;
    }
    if (tier === 'wasm') {
      load('js');
    } else {
      giveUp();
    }
  }

  function load(tier) {
    var template = document.getElementById('tier-' + tier);
    if (!template || !template.content) {
      failed(tier);
      return;
    }
    root.setAttribute('data-tier', tier);
    var fragment = document.importNode(template.content, true);
    var script = fragment.querySelector('script');
    script.addEventListener('error', function () {
      failed(tier);
    });
    document.head.appendChild(fragment);
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
  load(pickTier());
}());
