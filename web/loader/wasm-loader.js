/*
 * Quietroom's WasmGC loader: runs TeaVM's WasmGC runtime without eval.
 *
 * TeaVM 0.16.0's runtime builds its JavaScript glue with `new Function(source)`, which the page's CSP forbids
 * (no 'unsafe-eval', Trusted Types with no policy). The site builder wraps the runtime, byte for byte as
 * TeaVM ships it (its sha256 is pinned; a different runtime stops the build), in
 *     (function (Function) { <runtime> })(createFunction);
 * so that every `new Function(...)` in it reaches createFunction below. createFunction recognises each of
 * the runtime's few code shapes by its parameter names, checks the generated source has the shape it
 * expects, and returns an equivalent closure. No string ever becomes code. A shape it does not recognise
 * throws, and the page falls back to the JavaScript build.
 *
 * @JSBody scripts (TeaVM stores their source as strings in the module) are served from JS_BODIES: real
 * functions written here, keyed on the text TeaVM re-prints. Quietroom's own Java has no @JSBody; the keys are
 * the few that TeaVM's libraries bring in. An unknown one throws with its text, so it can be reviewed.
 *
 * The module's bytes arrive inside this file (a string, one character per byte), not by fetch, so the CSP can keep
 * connect-src 'none'.
 */
var IDENTIFIER_PATH = /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/;

var JS_BODIES = {
  'str\nreturn str;': function (wrap, str) {
    return str;
  },
  'value\nreturn value;': function (wrap, value) {
    return value;
  }
};

function shapeError(args) {
  return new Error('Quietroom WasmGC loader: unexpected runtime code shape: ' + JSON.stringify(args).slice(0, 300));
}

function globalPath(name) {
  if (!IDENTIFIER_PATH.test(name)) {
    throw new Error('Quietroom WasmGC loader: not a global name: ' + name);
  }
  return name.split('.');
}

function readGlobal(name) {
  var parts = globalPath(name);
  return function () {
    var value = globalThis;
    for (var i = 0; i < parts.length; i++) {
      value = value[parts[i]];
    }
    return value;
  };
}

function writeGlobal(name) {
  var parts = globalPath(name);
  return function (value) {
    var target = globalThis;
    for (var i = 0; i < parts.length - 1; i++) {
      target = target[parts[i]];
    }
    target[parts[parts.length - 1]] = value;
  };
}

function isNumberedParams(names, from, count) {
  for (var i = 0; i < count; i++) {
    if (names[from + i] !== 'p' + (i + 1)) {
      return false;
    }
  }
  return true;
}

// The parameter list of the function the body returns, e.g. "p0, p1, ...p2" -> {count: 3, vararg: true}.
function returnedParams(body, marker) {
  var start = body.indexOf(marker);
  var end = body.indexOf(')', start);
  if (start !== 0 || end < 0) {
    return null;
  }
  var list = body.substring(marker.length, end).trim();
  var names = list === '' ? [] : list.split(',');
  return { count: names.length, vararg: names.length > 0 && names[names.length - 1].trim().indexOf('...') === 0 };
}

// Arguments as the generated `function(p0, ..., ...pN)` would pass them on.
function shapeArgs(params, args) {
  var out = [];
  var fixed = params.vararg ? params.count - 1 : params.count;
  for (var i = 0; i < fixed; i++) {
    out.push(args[i]);
  }
  if (params.vararg) {
    out.push(Array.prototype.slice.call(args, fixed));
  }
  return out;
}

function javaCallWrapper(body, withThis) {
  var params = returnedParams(body, 'return function(');
  var expectedCall = withThis ? 'return fn(this' : 'return fn(';
  if (params === null || body.indexOf(expectedCall) < 0 || body.indexOf('rethrowJavaAsJs(e)') < 0) {
    return null;
  }
  return function (rethrowJavaAsJs, fn) {
    return function () {
      var args = shapeArgs(params, arguments);
      if (withThis) {
        args.unshift(this);
      }
      try {
        return fn.apply(null, args);
      } catch (e) {
        rethrowJavaAsJs(e);
      }
    };
  };
}

function createFunction() {
  var args = Array.prototype.slice.call(arguments);
  var body = args.pop();
  var n = args.length;
  var fn = null;
  if (n === 0 && body.indexOf('return ') === 0 && body.charAt(body.length - 1) === ';' && body.indexOf('[') < 0) {
    fn = readGlobal(body.substring(7, body.length - 1));
  } else if (n === 1 && args[0] === 'value' && body.slice(-9) === ' = value;') {
    fn = writeGlobal(body.substring(0, body.length - 9));
  } else if (n === 2 && args[0] === 'rethrowJavaAsJs' && args[1] === 'fn') {
    fn = javaCallWrapper(body, body.indexOf('return fn(this') >= 0);
  } else if (n === 1 && args[0] === 'constructor' && body.indexOf('return function ') === 0) {
    fn = function (constructor) {
      return function (marker, javaObject) {
        return constructor.call(this, marker, javaObject);
      };
    };
  } else if (n >= 2 && args[0] === 'wrapCallFromJavaToJs' && args[n - 1] === 'body' && isNumberedParams(args, 1, n - 2)) {
    fn = function (wrapCallFromJavaToJs) {
      var names = Array.prototype.slice.call(arguments, 1);
      var text = names.pop();
      var key = names.join(',') + '\n' + text;
      var impl = JS_BODIES[key];
      if (typeof impl !== 'function') {
        throw new Error('Quietroom WasmGC loader: no reviewed implementation for @JSBody ' + JSON.stringify(key));
      }
      return impl.bind(this, wrapCallFromJavaToJs);
    };
  } else if (n >= 2 && args[0] === 'rethrowJsAsJava' && args[1] === 'fn' && isNumberedParams(args, 2, n - 2)) {
    fn = function (rethrowJsAsJava, target) {
      var callArgs = Array.prototype.slice.call(arguments, 2, 2 + n - 2);
      try {
        return target.apply(null, callArgs);
      } catch (e) {
        rethrowJsAsJava(e);
      }
    };
  } else if (n >= 4 && args[0] === 'rethrowJsAsJava' && args[1] === 'getGlobalName' && args[2] === 'instance'
      && args[3] === 'method' && isNumberedParams(args, 4, n - 4)) {
    fn = function (rethrowJsAsJava, getGlobalName, instance, method) {
      var callArgs = Array.prototype.slice.call(arguments, 4, 4 + n - 4);
      try {
        return instance !== null ? instance[method].apply(instance, callArgs) : getGlobalName(method).apply(null, callArgs);
      } catch (e) {
        rethrowJsAsJava(e);
      }
    };
  } else if (n >= 2 && args[0] === 'rethrowJsAsJava' && args[1] === 'constructor' && isNumberedParams(args, 2, n - 2)) {
    fn = function (rethrowJsAsJava, Constructor) {
      var callArgs = Array.prototype.slice.call(arguments, 2, 2 + n - 2);
      try {
        return Reflect.construct(Constructor, callArgs);
      } catch (e) {
        rethrowJsAsJava(e);
      }
    };
  } else if (isNumberedParams(args, 0, n) && body === 'return [' + args.join(', ') + ']') {
    fn = function () {
      return Array.prototype.slice.call(arguments, 0, n);
    };
  }
  if (fn === null) {
    throw shapeError(args.concat([body]));
  }
  return fn;
}

function failed(error) {
  if (typeof console !== 'undefined') {
    console.error(error);
  }
  document.dispatchEvent(new CustomEvent('quietroom-failed', { detail: 'wasm' }));
}

// The module's bytes arrive as a string with one character per byte (U+0000 to U+00FF), built by SiteBuilder;
// length is the module's size in bytes. A script read in another encoding than UTF-8 gives another length or a
// character above U+00FF: that fails here, before compiling, and the page falls back to the JavaScript build.
function start(text, length) {
  var bytes;
  try {
    if (text.length !== length) {
      throw new Error('Quietroom WasmGC loader: the module has ' + text.length + ' characters, not ' + length
          + ' (was this script read as UTF-8?)');
    }
    bytes = new Uint8Array(length);
    for (var i = 0; i < length; i++) {
      var c = text.charCodeAt(i);
      if (c > 255) {
        throw new Error('Quietroom WasmGC loader: character ' + c + ' at ' + i + ' is not a byte');
      }
      bytes[i] = c;
    }
  } catch (e) {
    failed(e);
    return;
  }
  globalThis.TeaVM.wasmGC.load(bytes).then(function (teavm) {
    // After the watch's first look at the page and the catalog (boot.js, "When a build may start").
    window.quietroomWhenReady(function () {
      try {
        teavm.exports.main([]);
      } catch (e) {
        failed(e);
      }
    });
  }, failed);
}
