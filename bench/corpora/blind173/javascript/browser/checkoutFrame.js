// Runs inside the card-entry iframe served from pay.shopfront.io and embedded by merchant shops.
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  var merchantOrigin = params.get('origin');
  var allowedOrigins = window.__ALLOWED_MERCHANT_ORIGINS__ || [];

  function reportHeight() {
    // Only a number: the embedding page resizes the frame. Any origin may read it.
    window.parent.postMessage({ type: 'pay:height', height: document.body.scrollHeight }, '*');
  }

  function sendReady() {
    if (allowedOrigins.indexOf(merchantOrigin) !== -1) {
      window.parent.postMessage({ type: 'pay:ready' }, merchantOrigin);
    }
  }

  function tokenize(form) {
    return fetch('/api/tokenize', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ number: form.number.value, exp: form.exp.value, cvc: form.cvc.value }),
    }).then(function (r) { return r.json(); });
  }

  function onSubmit(event) {
    event.preventDefault();
    tokenize(event.target).then(function (result) {
      // The card token can be charged by whoever holds it; any page framing us receives it.
      // expect: secret
      window.parent.postMessage({ type: 'pay:token', token: result.token, last4: result.last4 }, '*');
    });
  }

  function onError(message) {
    var box = document.getElementById('pay-error');
    box.textContent = message;
    reportHeight();
  }

  document.getElementById('card-form').addEventListener('submit', onSubmit);
  window.addEventListener('resize', reportHeight);
  window.addEventListener('error', function () { onError('Something went wrong. Please try again.'); });

  sendReady();
  reportHeight();
})();
