// Old widget loader kept for the partner sites that still embed it.
(function (root) {
  // expect: shadowed-builtin
  var undefined = root.__widgetUndefined || void 0;
  var queue = root.__widgetQueue || [];

  function pick(obj, key) {
    return obj == null ? undefined : obj[key];
  }

  function resetState(state) {
    // expect: shadowed-builtin
    let undefined = null;
    state.current = undefined;
    return state;
  }

  function normalize(options) {
    // expect: shadowed-builtin
    const undefined = '';
    return {
      theme: options.theme || undefined,
      lang: options.lang || undefined,
    };
  }

  function loose(config) {
    // expect: shadowed-builtin
    undefined = config.emptyValue;
    return config;
  }

  function isMissing(value) {
    var notSet;
    return value === notSet || typeof value === 'undefined';
  }

  function clear(el) {
    el.dataset.widget = undefined;
  }

  root.Widget = { queue: queue, pick: pick, resetState: resetState, normalize: normalize, loose: loose, isMissing: isMissing, clear: clear };
})(typeof window !== 'undefined' ? window : this);
