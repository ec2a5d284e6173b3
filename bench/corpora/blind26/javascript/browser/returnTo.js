// Sends the user back where they came from after login.
function goBack() {
  const params = new URLSearchParams(window.location.search);
  const next = params.get('next');
  // expect: open-redirect
  window.location.href = next;
}

function goToHash() {
  // expect: open-redirect
  window.location = decodeURIComponent(location.hash.substring(1));
}

function goBackSafe() {
  const next = new URLSearchParams(window.location.search).get('next') || '/';
  const url = new URL(next, window.location.origin);
  window.location.href = url.origin === window.location.origin ? url.pathname : '/';
}

function goHome() {
  window.location.href = '/dashboard';
}
