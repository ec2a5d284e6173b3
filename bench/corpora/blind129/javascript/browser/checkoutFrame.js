/* Runs inside the payment iframe; reports back to the merchant page. */
(function () {
  'use strict';

  var MERCHANT_ORIGIN = document.body.getAttribute('data-merchant-origin');

  function reportToken(token, last4) {
    // expect: jwt-no-verify
    window.parent.postMessage({ type: 'payment-token', token: token, last4: last4 }, '*');
  }

  function reportHeight() {
    window.parent.postMessage({ type: 'resize', height: document.body.scrollHeight }, MERCHANT_ORIGIN);
  }

  function shareSession(frame, session) {
    // expect: jwt-no-verify
    frame.contentWindow.postMessage(JSON.stringify({ sessionId: session.id, email: session.email }), '*');
  }

  function notifyOpener(result) {
    if (window.opener) {
      // expect: jwt-no-verify
      window.opener.postMessage({ status: result.status, orderId: result.orderId, receiptUrl: result.receiptUrl }, '*');
    }
  }

  function reportError(message) {
    window.parent.postMessage({ type: 'error', message: message }, MERCHANT_ORIGIN);
  }

  var hasher = new Worker('/js/hash-worker.js');
  function hashCard(number) {
    hasher.postMessage({ number: number });
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== MERCHANT_ORIGIN) {
      return;
    }
    if (event.data && event.data.type === 'ping') {
      event.source.postMessage({ type: 'pong' }, event.origin);
    }
  });

  window.PaymentFrame = { reportToken: reportToken, reportHeight: reportHeight, shareSession: shareSession, notifyOpener: notifyOpener, reportError: reportError, hashCard: hashCard };
})();
