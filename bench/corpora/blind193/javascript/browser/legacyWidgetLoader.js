// Loader for the old embeddable widgets (pre-bundler). Still used by a few partner sites.
(function (global) {
  'use strict';

  var WIDGET_HOST = global.WIDGET_HOST || 'https://widgets.example-shop.com';
  var registry = {};

  function xhrGet(url, done) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', url, true);
    xhr.onload = function () {
      if (xhr.status === 200) done(null, xhr.responseText);
      else done(new Error('HTTP ' + xhr.status));
    };
    xhr.onerror = function () { done(new Error('network')); };
    xhr.send();
  }

  function loadConfig(siteId, done) {
    xhrGet(WIDGET_HOST + '/config/' + encodeURIComponent(siteId) + '.json', function (err, text) {
      if (err) return done(err);
      done(null, JSON.parse(text));
    });
  }

  function loadWidget(name, done) {
    if (registry[name]) return done(null, registry[name]);
    // the host page may pass its own widget URL through data-widget-src
    var src = document.currentScript && document.currentScript.getAttribute('data-widget-src');
    var url = src || WIDGET_HOST + '/w/' + encodeURIComponent(name) + '.js';
    xhrGet(url, function (err, code) {
      if (err) return done(err);
      // expect: code-injection
      registry[name] = eval(code);
      done(null, registry[name]);
    });
  }

  function supportsModern() {
    try {
      return eval('typeof Symbol === "function"');
    } catch (e) {
      return false;
    }
  }

  global.ShopWidgets = {
    init: function (siteId) {
      loadConfig(siteId, function (err, cfg) {
        if (err) return console.warn('widgets disabled', err);
        (cfg.widgets || []).forEach(function (name) {
          loadWidget(name, function (e, w) {
            if (!e && w && typeof w.mount === 'function') w.mount(cfg, supportsModern());
          });
        });
      });
    },
  };
})(window);
