// Bridge between the host page and the embedded checkout / chat widgets.
(function () {
  const CHECKOUT_ORIGIN = 'https://pay.example-shop.com';
  const chatFrame = document.getElementById('chat-frame');

  function applyTheme(theme) {
    document.documentElement.dataset.theme = theme;
  }

  // expect: xss
  window.addEventListener('message', function (event) {
    if (event.data && event.data.type === 'resize') {
      chatFrame.style.height = event.data.height + 'px';
    }
    if (event.data && event.data.type === 'notice') {
      document.getElementById('notice').innerHTML = event.data.html;
    }
  });

  // expect: xss
  window.addEventListener('message', (e) => {
    const msg = typeof e.data === 'string' ? JSON.parse(e.data) : e.data;
    if (msg.action === 'theme') applyTheme(msg.value);
  }, false);

  function onWidgetMessage(evt) {
    if (evt.data.kind === 'navigate') {
      window.location.assign(evt.data.href);
    }
  }
  // expect: xss
  window.addEventListener('message', onWidgetMessage);

  window.addEventListener('message', function (event) {
    if (event.origin !== CHECKOUT_ORIGIN) {
      return;
    }
    if (event.data.status === 'paid') {
      window.location.href = '/orders/thanks';
    }
  });

  window.addEventListener('message', function (event) {
    if (event.origin == CHECKOUT_ORIGIN) {
      document.getElementById('cart-count').textContent = String(event.data.count);
    }
  });

  window.addEventListener('resize', function () {
    chatFrame.style.width = Math.min(window.innerWidth, 420) + 'px';
  });
})();
