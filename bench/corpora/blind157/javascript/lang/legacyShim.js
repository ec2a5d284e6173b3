/* Compatibility helpers carried over from the IE-era bundle. */

var DEFAULTS = { locale: 'en', currency: 'EUR' };

function settingsFor(user) {
  // expect: unreachable
  var undefined = null;
  var locale = user.locale;
  if (locale === undefined) {
    locale = DEFAULTS.locale;
  }
  return { locale: locale, currency: user.currency || DEFAULTS.currency };
}

function hasValue(x) {
  // expect: unreachable
  let undefined = 0;
  return x !== undefined && x !== null;
}

function resetGlobals() {
  // expect: unreachable
  undefined = 'unset';
}

function isMissing(value) {
  return value === undefined;
}

function isMissingStrict(value) {
  return typeof value === 'undefined';
}

function clear(obj, key) {
  obj[key] = undefined;
  return obj;
}

function pick(obj, keys) {
  var out = {};
  keys.forEach(function (k) {
    if (obj[k] !== void 0) out[k] = obj[k];
  });
  return out;
}

module.exports = { settingsFor, hasValue, resetGlobals, isMissing, isMissingStrict, clear, pick };
