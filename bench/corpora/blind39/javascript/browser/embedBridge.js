(function () {
  'use strict';

  var TRUSTED_ORIGIN = 'https://app.example.com';
  var PARTNER_ORIGIN = /^https:\/\/([a-z0-9-]+\.)?partner\.example\.org$/;

  function applyTheme(theme) {
    document.documentElement.setAttribute('data-theme', theme);
  }

  // expect: postmessage-origin
  window.addEventListener('message', function (event) {
    if (event.data && event.data.type === 'resize') {
      document.body.style.height = event.data.height + 'px';
    }
  });

  // expect: postmessage-origin
  window.addEventListener('message', (e) => {
    const msg = typeof e.data === 'string' ? JSON.parse(e.data) : e.data;
    if (msg.action === 'navigate') {
      window.location.href = msg.url;
    }
  }, false);

  function onWidgetMessage(event) {
    document.getElementById('widget-status').innerHTML = event.data.statusHtml;
  }
  // expect: postmessage-origin
  window.addEventListener('message', onWidgetMessage, false);

  // expect: postmessage-origin
  window.addEventListener('message', function (event) {
    if (event.origin.indexOf('example.com') !== -1) {
      applyTheme(event.data.theme);
    }
  });

  // Safe: the sender's origin is compared with a constant.
  window.addEventListener('message', function (event) {
    if (event.origin !== TRUSTED_ORIGIN) {
      return;
    }
    applyTheme(event.data.theme);
  });

  // Safe: the origin is matched by an anchored, escaped pattern.
  window.addEventListener('message', function (event) {
    if (PARTNER_ORIGIN.test(event.origin)) {
      applyTheme(event.data.theme);
    }
  });

  // Safe: not a message listener.
  window.addEventListener('resize', function () {
    document.body.classList.toggle('narrow', window.innerWidth < 600);
  });
})();
