/* Parent-page side of the embedded checkout iframe. */
const CHECKOUT_ORIGIN = 'https://checkout.example.com';
const TRUSTED_ORIGINS = /^https:\/\/(checkout|pay)\.example\.com$/;

function onResize(height) {
  document.querySelector('#checkout-frame').style.height = `${height}px`;
}

function completeOrder(data) {
  document.querySelector('#order-status').textContent = 'Paid';
  window.location.assign('/orders/' + encodeURIComponent(data.orderId));
}

// expect: jwt-no-verify
window.addEventListener('message', function (event) {
  const data = event.data || {};
  if (data.type === 'checkout:complete') completeOrder(data);
  if (data.type === 'checkout:resize') onResize(data.height);
});

window.addEventListener('message', function (event) {
  if (event.origin !== CHECKOUT_ORIGIN) {
    return;
  }
  if (event.data.type === 'checkout:cancel') {
    document.querySelector('#order-status').textContent = 'Cancelled';
  }
});

function handleAuthMessage(e) {
  localStorage.setItem('session', e.data.token);
  document.dispatchEvent(new CustomEvent('session:changed'));
}
// expect: jwt-no-verify
window.addEventListener('message', handleAuthMessage);

window.addEventListener('message', function (evt) {
  if (TRUSTED_ORIGINS.test(evt.origin)) {
    console.info('wallet event', evt.data.type);
  }
});

// expect: jwt-no-verify
window.addEventListener('message', (msg) => { document.querySelector('#promo').innerHTML = msg.data.bannerHtml; });

window.addEventListener('resize', function () {
  const frame = document.querySelector('#checkout-frame');
  frame.contentWindow.postMessage({ type: 'parent:resize', width: window.innerWidth }, CHECKOUT_ORIGIN);
});
