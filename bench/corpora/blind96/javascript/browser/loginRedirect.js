// Login page script: sends the user on after sign-in.
(function () {
  var params = new URLSearchParams(window.location.search);
  var form = document.getElementById('login-form');

  function afterLogin(response) {
    var next = params.get('next');
    if (next) {
      // expect: open-redirect
      window.location.href = next;
      return;
    }
    if (response.redirectUrl) {
      // expect: open-redirect
      location.replace(response.redirectUrl);
      return;
    }
    window.location.href = '/dashboard';
  }

  function resumeFromHash() {
    var target = decodeURIComponent(window.location.hash.slice(1));
    if (target) {
      // expect: open-redirect
      window.location.replace(target);
    }
  }

  function continueToPartner() {
    var partner = sessionStorage.getItem('afterLogin') || params.get('return');
    // expect: open-redirect
    location.href = partner;
  }

  // Safe look-alikes: literals, an encoded value inside a fixed path, and a same-origin path check.
  function toLogin() {
    location.href = '/login?next=' + encodeURIComponent(location.pathname);
  }

  function logout() {
    window.location.replace('/logout');
  }

  function toLocalPath(path) {
    var url = new URL(path, window.location.origin);
    if (url.origin === window.location.origin) {
      window.location.assign(url.pathname + url.search);
    }
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    fetch('/api/session', { method: 'POST', body: new FormData(form) })
      .then(function (r) { return r.json(); })
      .then(afterLogin);
  });

  window.loginFlow = { resumeFromHash: resumeFromHash, continueToPartner: continueToPartner, toLogin: toLogin, logout: logout, toLocalPath: toLocalPath };
})();
