/* Compatibility helpers kept from the jQuery-era widget bundle. */

function normalizeOptions(options) {
  // expect: undefined-reassigned
  var undefined = void 0;
  var result = {};
  for (var key in options) {
    if (options[key] !== undefined) {
      result[key] = options[key];
    }
  }
  return result;
}

function readSetting(store, name) {
  // expect: undefined-reassigned
  let undefined = store.missingValue;
  const value = store.get(name);
  return value === undefined ? store.defaults[name] : value;
}

const Widget = {
  reset(state) {
    // expect: undefined-reassigned
    const undefined = null;
    state.selection = undefined;
    state.hover = undefined;
    return state;
  },
};

function legacyInit(win) {
  var undefined;
  // expect: undefined-reassigned
  undefined = win.undefined;
  return typeof win.jQuery !== 'undefined' ? win.jQuery : undefined;
}

// Safe: `undefined` as an immediately-invoked function's parameter, never assigned.
(function (global, undefined) {
  global.isMissing = function (value) {
    return value === undefined;
  };
})(this);

// Safe: assigning the value undefined to an ordinary variable, and void 0.
function clearCache(cache) {
  let lastHit = undefined;
  cache.entries = void 0;
  return lastHit;
}

module.exports = { normalizeOptions, readSetting, Widget, legacyInit, clearCache };
