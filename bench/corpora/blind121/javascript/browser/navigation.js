export function goTo(url) {
  // expect: open-redirect
  window.location.href = url;
}

export function finishLogin(response) {
  // expect: open-redirect
  location.replace(response.redirectUrl);
}

export function redirectAfterLogin(params) {
  // expect: open-redirect
  location.href = params.get('returnTo');
}

window.addEventListener('message', function onMessage(event) {
  if (event.data && event.data.type === 'navigate') {
    // expect: open-redirect
    window.location.href = event.data.next;
  }
});

export function search(term) {
  location.href = '/search?q=' + encodeURIComponent(term);
}

export function openProject(id) {
  window.location.href = `/projects/${encodeURIComponent(id)}`;
}

const ALLOWED_PATHS = ['/home', '/inbox', '/settings'];
export function goHome(path) {
  location.replace(ALLOWED_PATHS.includes(path) ? path : '/home');
}
