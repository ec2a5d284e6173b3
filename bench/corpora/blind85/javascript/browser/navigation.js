// Client-side navigation helpers used by the single-page dashboard.
const ALLOWED_HOSTS = ['app.example.com', 'help.example.com'];

export function goTo(url) {
  // expect: open-redirect
  window.location.href = url;
}

export function finishLogin(params) {
  const next = params.get('next') || '/home';
  // expect: open-redirect
  location.replace(next);
}

export function followNotification(notification) {
  // expect: open-redirect
  location.href = notification.actionUrl;
}

export class Router {
  constructor(win) {
    this.window = win;
  }

  external(link) {
    // expect: open-redirect
    this.window.location.replace(link.href);
  }

  openSection(section) {
    this.window.location.href = '/sections/' + encodeURIComponent(section);
  }
}

export function openHelp(topic) {
  window.location.href = `/help/${topic}`;
}

export function goToAllowed(url) {
  const u = new URL(url, window.location.origin);
  if (u.origin === window.location.origin || ALLOWED_HOSTS.includes(u.hostname)) {
    window.location.assign(u.toString());
  }
}
