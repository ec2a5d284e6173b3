// Legacy compatibility shims from the old widget bundle (non-strict script).

function readOption(options, key) {
  // expect: shadowed-builtin
  var undefined = options.missingValue;
  if (options[key] === undefined) {
    return null;
  }
  return options[key];
}

function resetDefaults(config) {
  // expect: shadowed-builtin
  undefined = config.fallback;
  return config;
}

function pickFirst(values) {
  // expect: shadowed-builtin
  let undefined = null;
  for (const v of values) {
    if (v !== undefined) return v;
  }
  return undefined;
}

function normalise(input) {
  // expect: shadowed-builtin
  const undefined = '';
  return input == null ? undefined : String(input);
}

// Safe look-alikes: the classic IIFE parameter, comparisons, void 0.
(function (window, undefined) {
  window.widgetReady = window.widgetReady === undefined ? false : window.widgetReady;
})(typeof window !== 'undefined' ? window : {});

function clear(state) {
  state.selection = undefined;
  return state.cache === void 0;
}

function isMissing(v) {
  return typeof v === 'undefined';
}

module.exports = { readOption, resetDefaults, pickFirst, normalise, clear, isMissing };
