(function () {
  'use strict';

  var LOGIN_PAGE = '/account/login';
  var params = new URLSearchParams(window.location.search);

  function currentReturnTo() {
    return params.get('returnTo') || params.get('next');
  }

  function onLoginSuccess(session) {
    var target = currentReturnTo();
    if (target) {
      // expect: open-redirect
      window.location.href = target;
      return;
    }
    window.location.href = '/dashboard';
  }

  function logout() {
    var afterLogout = document.querySelector('meta[name="after-logout"]');
    fetch('/api/session', { method: 'DELETE', credentials: 'same-origin' }).then(function () {
      // Safe: a fixed path of this site.
      location.replace(LOGIN_PAGE);
    });
    return afterLogout;
  }

  function followHash() {
    var dest = decodeURIComponent(location.hash.slice(1));
    // expect: open-redirect
    location.replace(dest);
  }

  function goToPartner(token) {
    var url = 'https://' + params.get('partnerHost') + '/sso?token=' + encodeURIComponent(token);
    // expect: open-redirect
    window.location.replace(url);
  }

  function switchLocale(event) {
    var lang = event.target.dataset.lang;
    var back = params.get('back');
    // expect: open-redirect
    location.href = back + (back.indexOf('?') === -1 ? '?' : '&') + 'lang=' + lang;
  }

  function safeReturn() {
    // Safe: only same-origin relative paths are followed.
    var raw = currentReturnTo() || '/';
    var resolved = new URL(raw, window.location.origin);
    if (resolved.origin === window.location.origin) {
      window.location.href = resolved.pathname + resolved.search;
    }
  }

  window.AccountNav = {
    onLoginSuccess: onLoginSuccess,
    logout: logout,
    followHash: followHash,
    goToPartner: goToPartner,
    switchLocale: switchLocale,
    safeReturn: safeReturn,
  };
})();
