/* Old dashboard scripts still loaded on the account pages (no bundler). */
var LegacyApi = (function () {
  'use strict';

  function get(url, done) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', url, true);
    xhr.onload = function () {
      if (xhr.status >= 200 && xhr.status < 300) {
        done(null, xhr);
      } else {
        done(new Error('HTTP ' + xhr.status));
      }
    };
    xhr.send();
  }

  function loadAccount(done) {
    get('/api/account', function (err, xhr) {
      if (err) { return done(err); }
      done(null, JSON.parse(xhr.responseText));
    });
  }

  function loadPartnerOffers(done) {
    get('https://offers.partner-network.example/feed?site=acct', function (err, xhr) {
      if (err) { return done(err); }
      // expect: code-injection
      var offers = eval('(' + xhr.responseText + ')');
      done(null, offers);
    });
  }

  function restoreView() {
    var hash = window.location.hash;
    if (hash.indexOf('#view=') === 0) {
      // expect: code-injection
      eval(decodeURIComponent(hash.slice(6)));
    }
  }

  function schedule(fn, ms) {
    return window.setTimeout(fn, ms);
  }

  function readConfig() {
    var el = document.getElementById('dashboard-config');
    return el ? JSON.parse(el.textContent) : {};
  }

  return {
    loadAccount: loadAccount,
    loadPartnerOffers: loadPartnerOffers,
    restoreView: restoreView,
    schedule: schedule,
    readConfig: readConfig
  };
})();
