// Client-side navigation helpers shared by the marketing site and the app shell.
(function (window) {
  'use strict';

  var SAME_ORIGIN = window.location.origin;

  function goTo(url) {
    // expect: open-redirect
    window.location.href = url;
  }

  function finishLogin(response) {
    var next = response.redirectUrl || '/app';
    // expect: open-redirect
    location.replace(next);
  }

  var Router = {
    location: window.location,
    navigate: function (path, options) {
      if (options && options.external) {
        // expect: open-redirect
        this.location.href = path;
        return;
      }
      window.history.pushState({}, '', path);
    },
  };

  function resumeAfterAuth(params) {
    var returnTo = params.get('return_to');
    if (returnTo) {
      // expect: open-redirect
      window.location.replace(returnTo);
    }
  }

  // Safe look-alikes: values placed behind a fixed path or query prefix, and a URL
  // checked against our own origin before use.
  function toSearch(term) {
    location.href = '/search?q=' + encodeURIComponent(term);
  }

  function toProfile(handle) {
    window.location.href = `/u/${encodeURIComponent(handle)}`;
  }

  function safeGoTo(raw) {
    var u = new URL(raw, SAME_ORIGIN);
    if (u.origin !== SAME_ORIGIN) return;
    window.location.assign(u.pathname + u.search);
  }

  if (window.location.pathname === '/auth/done') resumeAfterAuth(new URLSearchParams(window.location.search));
  window.Nav = { goTo: goTo, finishLogin: finishLogin, Router: Router, toSearch: toSearch, toProfile: toProfile, safeGoTo: safeGoTo };
})(window);
