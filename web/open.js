/*
 * Quietroom: opens a locked file (format 2, see org.quietroom.core.keep.LockedFile) on this page, with Web Crypto,
 * on this device only. Hand-written and dependency-free, pinned by SRI like every script here, and small on
 * purpose: a TeaVM entry point of its own would add two compiles to every build and a whole runtime to this page
 * for about a hundred lines of work.
 *
 * The file is data: its text is checked line by line by exactly the rules of LockedFile.read (tested on the JVM;
 * this copy is tested end to end in the browser), nothing in it is ever run or put into the page as markup, and
 * the decrypted plan is shown as text only (textContent). Nothing is uploaded: the form has no action, submitting
 * is cancelled, and the page's policy allows no request (connect-src 'none', form-action 'none').
 *
 *   key  = PBKDF2-SHA-256(passphrase as UTF-8, salt, iterations), a 256-bit AES-GCM key, not extractable;
 *   plan = AES-GCM-decrypt(key, iv, data, additionalData "locked-notes 2"), UTF-8 plain text.
 *
 * A wrong passphrase and a changed ciphertext both fail AES-GCM's authentication; the page cannot tell them apart
 * and says so. The quick exit (exit.js fires quietroom-exit) empties both fields and the shown plan. Every word
 * shown comes from the form's data-* attributes (the page template fills them from the catalog).
 */
(function () {
  'use strict';
  var MARKER = 'locked-notes 2';
  var MIN_ITERATIONS = 600000;
  var MAX_ITERATIONS = 10000000;
  var MAX_CHARS = 1000000;
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  var doc = document;
  var form = doc.getElementById('open-form');
  var fileInput = doc.getElementById('open-file');
  var pass = doc.getElementById('open-pass');
  var button = doc.getElementById('open-button');
  var status = doc.getElementById('open-status');
  var notes = doc.getElementById('open-notes');
  var text = doc.getElementById('open-text');
  var closer = doc.getElementById('open-close');
  var busy = false;
  var exited = false;

  function say(name) {
    status.textContent = exited ? '' : (form.getAttribute('data-' + name) || '');
    doc.documentElement.setAttribute('data-open', name);
  }

  function refused(name) {
    var e = new Error(name);
    e.refusal = name;
    return e;
  }

  /** Canonical unpadded base64url, as core.preset.Base64Url.decode: null for anything else. */
  function decode(value) {
    var rest = value.length % 4;
    if (rest === 1) {
      return null;
    }
    var out = new Uint8Array(Math.floor(value.length / 4) * 3 + (rest === 0 ? 0 : rest - 1));
    var bits = 0;
    var count = 0;
    var o = 0;
    for (var i = 0; i < value.length; i++) {
      var v = ALPHABET.indexOf(value.charAt(i));
      if (v < 0) {
        return null;
      }
      bits = (bits << 6) | v;
      count += 6;
      if (count >= 8) {
        count -= 8;
        out[o++] = (bits >> count) & 0xff;
        bits &= (1 << count) - 1;
      }
    }
    return bits === 0 ? out : null;
  }

  function field(line, name) {
    return line !== undefined && line.indexOf(name + ' ') === 0 ? line.substring(name.length + 1) : null;
  }

  /** LockedFile.read: {iterations, salt, iv, data}, or throws a refusal naming its message. */
  function parse(source) {
    if (source.length > MAX_CHARS) {
      throw refused('too-long');
    }
    if (source.indexOf('<') >= 0 || source.indexOf('\u0000') >= 0) {
      throw refused('not-data');
    }
    var lines = source.split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '') {
      lines.pop();
    }
    for (var l = 0; l < lines.length; l++) {
      if (lines[l].charAt(lines[l].length - 1) === '\r') {
        lines[l] = lines[l].substring(0, lines[l].length - 1);
      }
    }
    var at = lines.indexOf(MARKER);
    if (at < 0 || lines[at + 5] !== 'end') {
      throw refused('not-data');
    }
    for (var j = at + 6; j < lines.length; j++) {
      if (lines[j] !== '') {
        throw refused('not-data');
      }
    }
    var count = field(lines[at + 1], 'iterations');
    if (count === null || !/^[1-9][0-9]{0,8}$/.test(count)) {
      throw refused('not-data');
    }
    var iterations = parseInt(count, 10);
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
      throw refused('settings');
    }
    var salt = decode(field(lines[at + 2], 'salt') || '=');
    var iv = decode(field(lines[at + 3], 'iv') || '=');
    var data = decode(field(lines[at + 4], 'data') || '=');
    if (!salt || salt.length !== 16 || !iv || iv.length !== 12 || !data || data.length < 16) {
      throw refused('not-data');
    }
    return { iterations: iterations, salt: salt, iv: iv, data: data };
  }

  function readFile(file) {
    if (typeof file.text === 'function') {
      return file.text();
    }
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.addEventListener('load', function () { resolve(reader.result); });
      reader.addEventListener('error', function () { reject(refused('read-failed')); });
      reader.readAsText(file);
    });
  }

  function hideNotes() {
    text.textContent = '';
    notes.hidden = true;
  }

  function done() {
    busy = false;
    button.disabled = false;
  }

  function open(event) {
    event.preventDefault();
    if (busy || exited) {
      return;
    }
    var file = fileInput.files && fileInput.files[0];
    if (!file) {
      say('choose');
      return;
    }
    hideNotes();
    if (file.size > MAX_CHARS * 4) {
      say('too-long');
      return;
    }
    busy = true;
    button.disabled = true;
    say('working');
    var subtle = window.crypto.subtle;
    var encoder = new TextEncoder();
    var passphrase = pass.value;
    var locked;
    readFile(file).then(function (source) {
      locked = parse(String(source));
      return subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
    }, function () {
      throw refused('read-failed');
    }).then(function (base) {
      return subtle.deriveKey({ name: 'PBKDF2', salt: locked.salt, iterations: locked.iterations, hash: 'SHA-256' },
        base, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
    }).then(function (key) {
      return subtle.decrypt({ name: 'AES-GCM', iv: locked.iv, additionalData: encoder.encode(MARKER) }, key,
        locked.data).then(null, function () {
        throw refused('wrong');
      });
    }).then(function (clear) {
      var plan;
      try {
        plan = new TextDecoder('utf-8', { fatal: true }).decode(clear);
      } catch (e) {
        throw refused('not-data');
      }
      done();
      if (exited) {
        return;
      }
      pass.value = '';
      status.textContent = '';
      doc.documentElement.setAttribute('data-open', 'shown');
      text.textContent = plan;
      notes.hidden = false;
      doc.getElementById('open-notes-heading').focus();
    }).then(null, function (error) {
      done();
      say(error && error.refusal ? error.refusal : 'not-data');
      if (error && error.refusal === 'wrong') {
        pass.focus();
        pass.select();
      }
    });
  }

  function clearAll() {
    pass.value = '';
    fileInput.value = '';
    hideNotes();
    status.textContent = '';
  }

  if (!(window.crypto && window.crypto.subtle && typeof TextEncoder === 'function'
      && typeof TextDecoder === 'function' && typeof Promise === 'function')) {
    say('unsupported');
    return;
  }
  form.addEventListener('submit', open);
  closer.addEventListener('click', function () {
    hideNotes();
    pass.value = '';
    fileInput.value = '';
    doc.documentElement.setAttribute('data-open', 'closed');
    fileInput.focus();
  });
  doc.addEventListener('quietroom-exit', function () {
    exited = true;
    clearAll();
  });
  window.addEventListener('pagehide', clearAll);
  form.hidden = false;
  doc.documentElement.setAttribute('data-open', 'ready');
}());
