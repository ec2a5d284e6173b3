'use strict';

function afterLogin() {
  var params = new URLSearchParams(window.location.search);
  var next = params.get('next');
  if (next) {
    // expect: open-redirect
    window.location.href = next;
  }
}

function resumeFromHash() {
  var returnTo = decodeURIComponent(location.hash.slice(1));
  // expect: open-redirect
  location.replace(returnTo);
}

async function finishSso(code) {
  var resp = await fetch('/sso/callback?code=' + encodeURIComponent(code));
  var data = await resp.json();
  // expect: open-redirect
  window.location.replace(data.redirectUrl);
}

function goBack() {
  var target = document.referrer || '/';
  // expect: open-redirect
  location.href = target;
}

function toLogin() {
  location.href = '/login';
}

function toDashboard() {
  window.location.replace('/dashboard');
}

function safeNext() {
  var next = new URLSearchParams(window.location.search).get('next') || '/';
  var target = new URL(next, window.location.origin);
  if (target.origin === window.location.origin) {
    window.location.href = target.href;
  }
}
