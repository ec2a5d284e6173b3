// Bridge between the embedded checkout iframe and the host page.
const HOST_ORIGIN = document.referrer ? new URL(document.referrer).origin : null;
const ALLOWED_HOSTS = ['https://shop.example.com', 'https://www.example.com'];

function currentSession() {
  return JSON.parse(sessionStorage.getItem('session') || '{}');
}

export function announceLogin() {
  const session = currentSession();
  // expect: jwt-no-verify
  window.parent.postMessage({ type: 'login', token: session.accessToken, email: session.email }, '*');
}

export function sendProfileToOpener(profile) {
  if (!window.opener) return;
  // expect: jwt-no-verify
  window.opener.postMessage({ type: 'profile', profile: profile }, '*');
}

export function shareCartWithWidget(frame, cart) {
  // expect: jwt-no-verify
  frame.contentWindow.postMessage({ type: 'cart', items: cart.items, paymentToken: cart.paymentToken }, '*');
}

// Look-alikes: an explicit target origin, and a size message that carries nothing private.
export function announceLoginSafely() {
  const session = currentSession();
  if (HOST_ORIGIN && ALLOWED_HOSTS.includes(HOST_ORIGIN)) {
    window.parent.postMessage({ type: 'login', token: session.accessToken }, HOST_ORIGIN);
  }
}

export function reportHeight() {
  window.parent.postMessage({ type: 'resize', height: document.body.scrollHeight }, '*');
}

window.addEventListener('message', (event) => {
  if (!ALLOWED_HOSTS.includes(event.origin)) return;
  if (event.data && event.data.type === 'ping') {
    event.source.postMessage({ type: 'pong' }, event.origin);
  }
});

new ResizeObserver(reportHeight).observe(document.body);
