// Client-side helpers that move the window somewhere.
export function goTo(url) {
  // expect: open-redirect
  window.location.href = url;
}

export function finishLogin(returnTo) {
  const target = returnTo || '/';
  // expect: open-redirect
  location.replace(target);
}

export class Router {
  constructor(win) {
    this.window = win;
  }
  navigate(path) {
    // expect: open-redirect
    this.window.location.href = path;
  }
  swap(next) {
    // expect: open-redirect
    this.window.location.replace(next);
  }
}

export function followLink(link) {
  const href = link.getAttribute('data-href');
  // expect: open-redirect
  location.href = decodeURIComponent(href);
}

export const redirectAfter = (ms, dest) => setTimeout(() => {
  // expect: open-redirect
  window.location.replace(dest);
}, ms);

// Safe look-alikes: a path prefixed with a fixed origin, an encoded id in a template, and an allowlist.
export function openOrder(orderId) {
  window.location.href = '/orders/' + encodeURIComponent(orderId);
}

export function openDoc(slug) {
  location.href = `https://docs.example.com/${encodeURIComponent(slug)}`;
}

const PAGES = { home: '/', cart: '/cart', help: '/help' };
export function openPage(name) {
  window.location.href = PAGES[name] || '/';
}
