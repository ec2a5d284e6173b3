(function () {
  'use strict';

  var TRUSTED_ORIGINS = ['https://widgets.example.com', 'https://checkout.example.com'];
  var frame = document.getElementById('widget-frame');

  function resize(height) {
    frame.style.height = Math.min(Number(height) || 0, 4000) + 'px';
  }

  // expect: postmessage-origin
  window.addEventListener('message', function (event) {
    var data = event.data || {};
    if (data.type === 'resize') resize(data.height);
    if (data.type === 'close') frame.remove();
  });

  function onCheckoutMessage(e) {
    var msg = typeof e.data === 'string' ? JSON.parse(e.data) : e.data;
    if (msg.action === 'token') {
      localStorage.setItem('checkout_token', msg.token);
    }
  }
  // expect: postmessage-origin
  window.addEventListener('message', onCheckoutMessage, false);

  // expect: postmessage-origin
  window.addEventListener('message', (evt) => {
    document.getElementById('status').textContent = String(evt.data.status);
  });

  // Safe: the origin is compared first.
  window.addEventListener('message', function (event) {
    if (event.origin !== 'https://widgets.example.com') {
      return;
    }
    resize(event.data.height);
  });

  // Safe: the origin is checked against an allowlist.
  window.addEventListener('message', function (event) {
    if (TRUSTED_ORIGINS.indexOf(event.origin) === -1) return;
    if (event.data.type === 'ready') frame.classList.add('ready');
  });

  // Safe: not a message listener.
  window.addEventListener('resize', function () {
    frame.style.width = document.body.clientWidth + 'px';
  });
})();
