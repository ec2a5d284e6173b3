'use strict';

// Client-side navigation helpers for the checkout flow.

function goTo(target) {
  // expect: open-redirect
  window.location.href = target;
}

function finishLogin(returnUrl) {
  // expect: open-redirect
  window.location.replace(returnUrl);
}

function goToOrder(orderId) {
  window.location.href = '/orders/' + encodeURIComponent(orderId);
}

function goToStep(step) {
  window.location.href = `/checkout/${step}`;
}

function goToLocal(path) {
  var ok = typeof path === 'string' && path.charAt(0) === '/' && path.charAt(1) !== '/' && path.indexOf('\\') === -1;
  window.location.href = ok ? path : '/';
}

function currentParams() {
  return new URLSearchParams(window.location.search);
}

function onPaymentDone() {
  var params = currentParams();
  goTo(params.get('next') || '/thank-you');
}

function onLoginDone() {
  var params = currentParams();
  finishLogin(params.get('return') || '/');
}

function onCancel() {
  goToLocal(currentParams().get('back'));
}

document.addEventListener('DOMContentLoaded', function () {
  var done = document.getElementById('payment-done');
  if (done) done.addEventListener('click', onPaymentDone);
  var login = document.getElementById('login-done');
  if (login) login.addEventListener('click', onLoginDone);
  var cancel = document.getElementById('cancel');
  if (cancel) cancel.addEventListener('click', onCancel);
  var order = document.querySelector('[data-order-id]');
  if (order) order.addEventListener('click', function () { goToOrder(order.dataset.orderId); });
  var next = document.querySelector('[data-step]');
  if (next) next.addEventListener('click', function () { goToStep(Number(next.dataset.step)); });
});
