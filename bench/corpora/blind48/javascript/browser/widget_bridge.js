// Embeddable checkout widget: talks to the host page and to its own iframes.
(function () {
  'use strict';

  var frame = document.getElementById('payment-frame');
  var HOST_ORIGIN = document.currentScript.dataset.hostOrigin;
  var ANY = '*';

  function notifyResize() {
    // expect: postmessage-origin
    window.parent.postMessage({ type: 'resize', height: document.body.scrollHeight }, '*');
  }

  function sendCardToken(token) {
    // expect: postmessage-origin
    frame.contentWindow.postMessage({ type: 'card-token', token: token, customer: window.customerId }, "*");
  }

  function reportSession(session) {
    if (window.opener) {
      // expect: postmessage-origin
      window.opener.postMessage(JSON.stringify({ type: 'session', id: session.id, email: session.email }), ANY);
    }
  }

  var Bridge = {
    target: window.top,
    send: function (msg) {
      // expect: postmessage-origin
      this.target.postMessage(
        msg,
        '*'
      );
    },
  };

  // Safe look-alikes: the host origin from configuration, our own origin, and
  // a dedicated MessageChannel port.
  function done(orderId) {
    window.parent.postMessage({ type: 'done', orderId: orderId }, HOST_ORIGIN);
    frame.contentWindow.postMessage({ type: 'reset' }, window.location.origin);
  }

  var channel = new MessageChannel();
  channel.port1.postMessage({ type: 'ready' });

  window.addEventListener('load', notifyResize);
  window.CheckoutWidget = { sendCardToken: sendCardToken, reportSession: reportSession, done: done, bridge: Bridge };
})();
