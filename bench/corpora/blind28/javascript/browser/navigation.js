// Client-side navigation helpers for the checkout pages.
const ALLOWED_HOSTS = new Set(['shop.example.com', 'pay.example.com']);

function goTo(url) {
  // expect: open-redirect
  window.location.href = url;
}

function finishLogin(params) {
  const next = params.get('next');
  // expect: open-redirect
  location.replace(next);
}

function followBanner(banner) {
  const dest = banner.link;
  // expect: open-redirect
  location.href = dest;
}

const leaveCheckout = function (returnUrl) {
  // expect: open-redirect
  window.location.replace(returnUrl);
};

function openOrder(orderId) {
  location.href = '/orders/' + orderId;
}

function openReceipt(receiptId) {
  window.location.href = `/receipts/${encodeURIComponent(receiptId)}`;
}

function safeRedirect(url) {
  const target = new URL(url, window.location.origin);
  if (target.origin !== window.location.origin && !ALLOWED_HOSTS.has(target.hostname)) {
    return;
  }
  window.location.assign(target.toString());
}

document.querySelectorAll('[data-next]').forEach((el) => {
  el.addEventListener('click', () => finishLogin(new URLSearchParams(window.location.search)));
});

module.exports = { goTo, followBanner, leaveCheckout, openOrder, openReceipt, safeRedirect };
