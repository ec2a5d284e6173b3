/* After-login navigation for the single sign-on page. */
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);

  function isLocalPath(value) {
    return typeof value === 'string' &&
      value.charAt(0) === '/' &&
      value.charAt(1) !== '/' &&
      value.charAt(1) !== '\\';
  }

  function afterLogin(session) {
    if (!session.ok) {
      window.location.href = '/login?error=1';
      return;
    }
    var next = params.get('next');
    if (isLocalPath(next)) {
      window.location.href = next;
      return;
    }
    var returnTo = params.get('returnTo');
    if (returnTo) {
      // expect: open-redirect
      window.location.href = returnTo;
      return;
    }
    location.href = '/dashboard';
  }

  function resumeFromHash() {
    if (window.location.hash.indexOf('#continue=') !== 0) {
      return false;
    }
    // expect: open-redirect
    location.replace(decodeURIComponent(window.location.hash.slice(10)));
    return true;
  }

  function searchHelp(term) {
    location.href = '/help/search?q=' + encodeURIComponent(term);
  }

  document.getElementById('login-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = new FormData(event.target);
    fetch('/api/session', { method: 'POST', body: form, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(afterLogin);
  });

  document.getElementById('help-search').addEventListener('change', function (event) {
    searchHelp(event.target.value);
  });

  if (document.body.getAttribute('data-signed-in') === 'true') {
    resumeFromHash() || location.replace('/dashboard');
  }
})();
