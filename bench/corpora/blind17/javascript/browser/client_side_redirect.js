// library: DOM location APIs
export function afterLogin() {
  const params = new URLSearchParams(window.location.search);
  // expect: open-redirect
  window.location.href = params.get('returnTo');
}

export function hashRouter() {
  // expect: xss
  location.assign(decodeURIComponent(location.hash.slice(1)));
}

export function afterLoginSafe() {
  const params = new URLSearchParams(window.location.search);
  const raw = params.get('returnTo') || '/';
  const url = new URL(raw, window.location.origin);
  window.location.href = url.origin === window.location.origin ? url.pathname + url.search : '/';
}

export function goToTab(tab) {
  const tabs = { billing: '/settings/billing', profile: '/settings/profile' };
  location.assign(tabs[tab] || '/settings');
}

export function reloadHome() {
  window.location.replace('/home');
}
