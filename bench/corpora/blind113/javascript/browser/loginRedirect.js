// After-login and language-switch navigation for the marketing site.
(function () {
  var params = new URLSearchParams(window.location.search);

  function afterLogin() {
    var next = params.get('next');
    if (next) {
      // expect: open-redirect
      window.location.href = next;
      return;
    }
    window.location.href = '/dashboard';
  }

  function onLogout(response) {
    // expect: open-redirect
    location.replace(response.redirectTo);
  }

  function followHash() {
    var target = decodeURIComponent(location.hash.slice(1));
    // expect: open-redirect
    location.href = target;
  }

  function switchLanguage(lang) {
    var returnUrl = params.get('return') || '/';
    // expect: open-redirect
    window.location.replace(returnUrl + '?lang=' + lang);
  }

  function safeNext() {
    var next = params.get('next') || '/';
    var url = new URL(next, window.location.origin);
    if (url.origin === window.location.origin) {
      window.location.href = url.pathname + url.search;
    }
  }

  function goHome() {
    location.replace('/');
  }

  window.nav = { afterLogin: afterLogin, onLogout: onLogout, followHash: followHash, switchLanguage: switchLanguage, safeNext: safeNext, goHome: goHome };
})();
