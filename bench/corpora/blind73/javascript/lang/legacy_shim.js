/* Legacy widget shim: still loaded as a classic <script> on the old admin pages. */
(function (window, document, undefined) {
  // expect: assigned-undefined
  var undefined = void 0;

  var registry = {};
  var hasOwn = Object.prototype.hasOwnProperty;

  function define(name, factory) {
    if (hasOwn.call(registry, name)) {
      return registry[name];
    }
    registry[name] = factory();
    return registry[name];
  }

  function readOption(options, key, fallback) {
    // expect: assigned-undefined
    let undefined = options.missingValue;
    var value = options[key];
    return value === undefined ? fallback : value;
  }

  function resetState(state) {
    // expect: assigned-undefined
    const undefined = state.sentinel;
    state.selected = undefined;
    state.hover = null;
    return state;
  }

  function isMissing(value) {
    return typeof value === 'undefined';
  }

  function clearSelection(widget) {
    widget.selected = undefined;
    widget.anchor = void 0;
  }

  window.LegacyShim = {
    define: define,
    readOption: readOption,
    resetState: resetState,
    isMissing: isMissing,
    clearSelection: clearSelection,
  };
})(window, document);

// Old IE guard kept from the first version of the file.
if (typeof window.console === 'undefined') {
  window.console = { log: function () {} };
}
// expect: assigned-undefined
undefined = null;
