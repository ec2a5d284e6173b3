// Runs inside the checkout iframe that partners embed on their sites.
(function () {
  var session = window.__CHECKOUT__ || {};

  function reportHeight() {
    var height = document.documentElement.scrollHeight;
    window.parent.postMessage({ type: 'checkout:resize', height: height }, 'https://shop.example.com');
  }

  function reportPaid(order) {
    // expect: jwt-no-verify
    window.parent.postMessage({ type: 'checkout:paid', orderId: order.id, receiptToken: order.receiptToken }, '*');
  }

  function shareCustomer(customer) {
    var payload = JSON.stringify({ email: customer.email, phone: customer.phone });
    // expect: jwt-no-verify
    parent.postMessage(payload, '*');
  }

  function handOffSession(popup) {
    // expect: jwt-no-verify
    popup.postMessage({ type: 'session', accessToken: session.accessToken }, "*");
  }

  function notifyOpener(status) {
    if (window.opener) {
      // expect: jwt-no-verify
      window.opener.postMessage({ status: status, cartId: session.cartId }, '*');
    }
  }

  // Safe look-alikes: a fixed target origin, the page's own origin, and a worker.
  function notifyHost(evt) {
    window.parent.postMessage({ type: evt }, session.hostOrigin || 'https://shop.example.com');
  }

  function selfMessage(data) {
    window.postMessage(data, window.location.origin);
  }

  var worker = new Worker('/js/totals-worker.js');
  worker.postMessage({ items: session.items || [] });

  window.addEventListener('resize', reportHeight);
  window.checkoutBridge = { reportPaid: reportPaid, shareCustomer: shareCustomer, handOffSession: handOffSession, notifyOpener: notifyOpener, notifyHost: notifyHost, selfMessage: selfMessage };
})();
