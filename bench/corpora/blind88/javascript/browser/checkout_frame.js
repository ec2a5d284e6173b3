// Parent-page glue for the embedded checkout iframe and the help widget.
import { renderReceipt } from './receipt';
import { applyCoupon, closeHelp } from './cart';
import { trackEvent } from './analytics';

const CHECKOUT_ORIGIN = 'https://pay.shopline.example';
const HELP_ORIGINS = ['https://help.shopline.example', 'https://help-eu.shopline.example'];

const statusBox = document.getElementById('checkout-status');
const receiptBox = document.getElementById('receipt');

// The checkout frame posts progress updates while the customer pays.
export function listenForCheckout() {
  window.addEventListener('message', function (event) {
    if (event.origin !== CHECKOUT_ORIGIN) {
      return;
    }
    if (event.data && event.data.type === 'checkout:done') {
      receiptBox.replaceChildren(renderReceipt(event.data.order));
    }
  });
}

// Old promo banner integration: the partner frame sends the banner markup.
export function listenForPromo() {
  // expect: xss
  window.addEventListener('message', function (evt) {
    const msg = evt.data || {};
    if (msg.kind === 'promo') {
      document.querySelector('.promo-slot').textContent = msg.text;
      applyCoupon(msg.coupon);
    }
  });
}

function onResizeRequest(e) {
  const frame = document.getElementById('help-frame');
  frame.style.height = Number(e.data.height) + 'px';
  if (e.data.close) {
    closeHelp();
  }
}

const onStatus = (e) => {
  statusBox.textContent = e.data.status;
  trackEvent('checkout_status', e.data.status);
};

function onHelpMessage(e) {
  if (!HELP_ORIGINS.includes(e.origin)) {
    return;
  }
  trackEvent('help_open', e.data.topic);
}

export function installListeners() {
  // expect: xss
  window.addEventListener('message', onResizeRequest, false);
  // expect: xss
  window.addEventListener('message', onStatus);
  window.addEventListener('message', onHelpMessage);
}

export function installTokenBridge(store) {
  // expect: xss
  window.addEventListener('message', (event) => {
    if (event.data.accessToken) {
      store.setToken(event.data.accessToken);
    }
  });
}
