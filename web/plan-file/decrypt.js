/*
 * Quietroom locked file: opens the plan kept in this file when the right passphrase is typed. Runs offline, under
 * the file's own policy, which allows this exact script and style (by their sha256) and nothing else.
 *
 * Format 1: data-salt, data-iv and data-ciphertext on #locked are unpadded base64url; data-iterations is the
 * PBKDF2-SHA-256 count. key = PBKDF2(passphrase as UTF-8, salt, iterations) as a 256-bit AES-GCM key;
 * plan = AES-GCM-decrypt(key, iv, ciphertext with its 16-byte tag), UTF-8 plain text.
 * A wrong passphrase fails AES-GCM's authentication, which is the only way this script can tell.
 * Every word shown comes from the data-* attributes: this file has no wording of its own.
 */
(function () {
  'use strict';
  var box = document.getElementById('locked');
  var form = document.getElementById('unlock');
  var input = document.getElementById('passphrase');
  var button = document.getElementById('open');
  var status = document.getElementById('status');
  var plan = document.getElementById('plan');

  function say(name) {
    status.textContent = box.getAttribute('data-' + name) || '';
  }

  function bytes(name) {
    var text = box.getAttribute('data-' + name) || '';
    var b64 = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      b64 += c === '-' ? '+' : (c === '_' ? '/' : c);
    }
    while (b64.length % 4 !== 0) {
      b64 += '=';
    }
    var binary = atob(b64);
    var out = new Uint8Array(binary.length);
    for (var j = 0; j < binary.length; j++) {
      out[j] = binary.charCodeAt(j);
    }
    return out;
  }

  var subtle = window.crypto && window.crypto.subtle;
  var iterations = parseInt(box.getAttribute('data-iterations'), 10);
  if (!subtle || typeof TextEncoder !== 'function' || typeof TextDecoder !== 'function'
      || box.getAttribute('data-format') !== '1' || !(iterations >= 1 && iterations <= 100000000)) {
    say('unsupported');
    return;
  }
  form.hidden = false;

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    button.disabled = true;
    say('working');
    var salt;
    var iv;
    var data;
    try {
      salt = bytes('salt');
      iv = bytes('iv');
      data = bytes('ciphertext');
    } catch (e) {
      button.disabled = false;
      say('unsupported');
      return;
    }
    subtle.importKey('raw', new TextEncoder().encode(input.value), 'PBKDF2', false, ['deriveKey'])
      .then(function (base) {
        return subtle.deriveKey({ name: 'PBKDF2', salt: salt, iterations: iterations, hash: 'SHA-256' }, base,
          { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
      })
      .then(function (key) {
        return subtle.decrypt({ name: 'AES-GCM', iv: iv }, key, data);
      })
      .then(function (clear) {
        plan.textContent = new TextDecoder().decode(clear);
        input.value = '';
        form.hidden = true;
        status.textContent = '';
        plan.hidden = false;
        plan.focus();
      }, function () {
        button.disabled = false;
        say('wrong');
        input.focus();
        input.select();
      });
  });
}());
