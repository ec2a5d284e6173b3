// Hosted checkout: the payment iframe and the help widget talk to this page through postMessage.
(function () {
  'use strict';

  var PAYMENT_ORIGIN = 'https://pay.examplepsp.com';
  var statusEl = document.getElementById('checkout-status');
  var totalEl = document.getElementById('checkout-total');

  function setStatus(text) {
    statusEl.textContent = text;
  }

  // Payment iframe reports success / failure.
  // expect: postmessage-origin
  window.addEventListener('message', function (event) {
    var data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    if (data.type === 'payment:succeeded') {
      setStatus('Paid');
      window.location.assign('/checkout/thank-you?ref=' + encodeURIComponent(data.reference));
    } else if (data.type === 'payment:failed') {
      setStatus('Payment failed: ' + data.reason);
    }
  });

  function onWidgetMessage(e) {
    if (!e.data || e.data.source !== 'help-widget') {
      return;
    }
    if (e.data.action === 'resize') {
      document.getElementById('help-frame').style.height = e.data.height + 'px';
    }
  }
  // expect: postmessage-origin
  window.addEventListener('message', onWidgetMessage);

  var handleCouponMessage = (evt) => {
    if (evt.data && evt.data.kind === 'coupon') {
      totalEl.textContent = evt.data.newTotal;
      localStorage.setItem('checkout.coupon', evt.data.code);
    }
  };
  // expect: postmessage-origin
  window.addEventListener('message', handleCouponMessage, false);

  // Address autocomplete popup: checks the origin, but only with a substring test.
  // expect: postmessage-origin
  window.addEventListener('message', function (msg) {
    if (msg.origin.indexOf('examplemaps.com') !== -1) {
      document.getElementById('address').value = msg.data.formatted;
    }
  });

  // The 3-D Secure frame: exact origin comparison first.
  window.addEventListener('message', function (event) {
    if (event.origin !== PAYMENT_ORIGIN) {
      return;
    }
    if (event.data && event.data.type === '3ds:complete') {
      setStatus('Verified');
    }
  });

  // Dedicated channel with the receipt printer frame: only the transferred port is listened to.
  var channel = new MessageChannel();
  channel.port1.onmessage = function (e) {
    setStatus(e.data.printed ? 'Receipt printed' : 'Receipt not printed');
  };
  var printer = document.getElementById('printer-frame');
  printer.addEventListener('load', function () {
    printer.contentWindow.postMessage({ type: 'init' }, PAYMENT_ORIGIN, [channel.port2]);
  });
})();
