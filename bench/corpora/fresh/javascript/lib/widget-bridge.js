/* Embeddable widget: talks to the host page and renders server snippets. */
(function () {
  const HOST_ORIGIN = 'https://shop.example.com';
  const frame = document.getElementById('widget-frame');

  function sendToken(token) {
    // expect: postmessage-wildcard
    frame.contentWindow.postMessage({ kind: 'auth', token: token }, '*');
  }

  function sendReady() {
    window.parent.postMessage({ kind: 'ready' }, HOST_ORIGIN);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== HOST_ORIGIN) return;
    if (event.data.kind === 'render') {
      document.getElementById('out').textContent = event.data.text;
    }
  });

  window.addEventListener('message', function (event) {
    // no origin check here
    if (event.data && event.data.kind === 'html') {
      // expect: xss
      document.getElementById('promo').innerHTML = event.data.html;
    }
  });

  function renderBanner() {
    const params = new URLSearchParams(location.search);
    const msg = params.get('msg');
    // expect: xss
    document.write('<div class="banner">' + msg + '</div>');
  }

  function renderCount(n) {
    document.getElementById('count').innerHTML = '<b>' + Number(n) + '</b>';
  }

  function clear() {
    document.getElementById('promo').innerHTML = '';
  }

  function go() {
    const next = new URLSearchParams(location.search).get('next');
    // expect: open-redirect
    window.location.href = next;
  }

  function goHome() {
    window.location.href = '/';
  }

  function broadcast(state) {
    // expect: postmessage-wildcard
    window.opener && window.opener.postMessage(JSON.stringify(state), '*');
  }

  window.widget = { sendToken, sendReady, renderBanner, renderCount, clear, go, goHome, broadcast };
})();
