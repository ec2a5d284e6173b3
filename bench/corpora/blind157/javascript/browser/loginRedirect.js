(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  var SAFE_PREFIX = '/app/';

  function isLocal(path) {
    return typeof path === 'string' && path.indexOf(SAFE_PREFIX) === 0 && path.indexOf('//') === -1;
  }

  function afterLogin() {
    var next = params.get('next');
    // expect: open-redirect
    window.location.href = next;
  }

  function afterLogout() {
    var target = decodeURIComponent(window.location.hash.slice(1));
    // expect: open-redirect
    location.replace(target);
  }

  function continueFlow(state) {
    // expect: open-redirect
    location.href = state.continueUrl;
  }

  function safeAfterLogin() {
    var next = params.get('next');
    if (isLocal(next)) {
      window.location.href = next;
    } else {
      window.location.href = '/app/home';
    }
  }

  function toHelp() {
    location.href = '/help';
  }

  function reloadFresh() {
    window.location.replace('/app/home?fresh=1');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var mode = document.body.getAttribute('data-mode');
    if (mode === 'login') afterLogin();
    else if (mode === 'logout') afterLogout();
    else if (mode === 'safe-login') safeAfterLogin();
    fetch('/api/flow').then(function (r) { return r.json(); }).then(continueFlow);
    document.getElementById('help').addEventListener('click', toHelp);
    document.getElementById('reload').addEventListener('click', reloadFresh);
  });
})();
