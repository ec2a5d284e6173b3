// browser: parent/iframe messaging for the checkout embed
const CHECKOUT_ORIGIN = 'https://checkout.example.com';
const frame = document.getElementById('checkout-frame');

export function sendCart(cart) {
  // expect: wildcard-postmessage
  frame.contentWindow.postMessage({ type: 'cart', cart, token: sessionStorage.getItem('token') }, '*');
}

export function sendCartSafe(cart) {
  frame.contentWindow.postMessage({ type: 'cart', cart }, CHECKOUT_ORIGIN);
}

export function notifyResize() {
  window.parent.postMessage({ type: 'resize', height: document.body.scrollHeight }, document.referrer ? new URL(document.referrer).origin : CHECKOUT_ORIGIN);
}

// expect: postmessage-origin
window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'navigate') {
    window.location.href = event.data.url;
  }
});

window.addEventListener('message', function onCheckout(event) {
  if (event.origin !== CHECKOUT_ORIGIN) return;
  if (event.data.type === 'paid') {
    document.getElementById('status').textContent = 'Paid: ' + event.data.orderId;
  }
});

export function goToReturnUrl() {
  const ret = new URLSearchParams(location.search).get('return');
  // expect: open-redirect
  window.location.href = ret;
}

export function goToOrder(id) {
  window.location.href = '/orders/' + encodeURIComponent(id);
}

export function openHelp() {
  const topic = location.hash.slice(1);
  // expect: open-redirect
  window.location.assign(decodeURIComponent(topic));
}

export function openDocs(section) {
  window.open('https://docs.example.com/' + encodeURIComponent(section), '_blank', 'noopener');
}
