// Browser: location.href / assign / replace / window.open from URL parameters
const params = new URLSearchParams(window.location.search);
const TRUSTED_ORIGINS = ['https://app.example.com', 'https://help.example.com'];

function continueAfterLogin() {
  const next = params.get('url');
  // expect: open-redirect
  window.location.href = next;
}

function continueFromHash() {
  const target = decodeURIComponent(location.hash.slice(1));
  // expect: open-redirect
  location.assign(target);
}

function bounce() {
  // expect: open-redirect
  window.location.replace(params.get('redirect_uri'));
}

function openHelp() {
  // expect: open-redirect
  window.open(params.get('help'), '_blank', 'noopener');
}

function continueSafely() {
  const raw = params.get('url') || '/';
  let dest;
  try {
    dest = new URL(raw, window.location.origin);
  } catch (e) {
    dest = new URL('/', window.location.origin);
  }
  window.location.href = TRUSTED_ORIGINS.includes(dest.origin) || dest.origin === window.location.origin ? dest.href : '/';
}

function goHome() {
  window.location.href = '/dashboard';
}

function openDocs() {
  window.open('https://help.example.com/getting-started', '_blank', 'noopener');
}

document.getElementById('continue').addEventListener('click', continueAfterLogin);
document.getElementById('continue-safe').addEventListener('click', continueSafely);
document.getElementById('home').addEventListener('click', goHome);
document.getElementById('docs').addEventListener('click', openDocs);
window.addEventListener('load', () => {
  if (location.hash) continueFromHash();
  if (params.has('redirect_uri')) bounce();
  if (params.has('help')) openHelp();
});
