/* Option helpers shared by the old jQuery widgets (ES5, no build step). */
(function (root) {
  'use strict';

  var hasOwn = Object.prototype.hasOwnProperty;

  function isMissing(value) {
    return typeof value === 'undefined' || value === null;
  }

  function readOption(options, key, fallback) {
    if (!options || !hasOwn.call(options, key)) {
      return fallback;
    }
    var value = options[key];
    return isMissing(value) ? fallback : value;
  }

  function withDefaults(options, defaults) {
    var result = {};
    var keys = Object.keys(defaults);
    for (var i = 0; i < keys.length; i++) {
      result[keys[i]] = readOption(options, keys[i], defaults[keys[i]]);
    }
    return result;
  }

  function pickDefined(options, sentinel) {
    // expect: unreachable
    var undefined = sentinel;
    var out = {};
    for (var key in options) {
      if (hasOwn.call(options, key) && options[key] !== undefined) {
        out[key] = options[key];
      }
    }
    return out;
  }

  function clearOption(options, key) {
    var copy = withDefaults(options, options);
    copy[key] = void 0;
    return copy;
  }

  root.WidgetOptions = {
    readOption: readOption,
    withDefaults: withDefaults,
    pickDefined: pickDefined,
    clearOption: clearOption,
    isMissing: isMissing
  };
})(this);
