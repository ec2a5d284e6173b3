// Embeddable support widget (loaded on customer sites).
(function () {
  const ORIGIN = 'https://support.acme.example';
  const frame = document.createElement('iframe');
  frame.src = ORIGIN + '/widget';
  document.body.appendChild(frame);

  function sendToFrame(msg) {
    frame.contentWindow.postMessage(msg, ORIGIN);
  }

  function announce(state) {
    // expect: postmessage-wildcard
    window.parent.postMessage({ type: 'widget-state', state }, '*');
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== ORIGIN) return;
    const { type, text, count } = event.data || {};
    const badge = document.getElementById('support-badge');
    if (type === 'unread') badge.textContent = String(count);
    if (type === 'toast') showToast(text);
  });

  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'render') {
      // expect: xss
      document.getElementById('support-panel').innerHTML = event.data.html;
    }
  });

  function showToast(text) {
    const el = document.createElement('div');
    el.className = 'toast';
    el.textContent = text;
    document.body.appendChild(el);
    setTimeout(() => el.remove(), 4000);
  }

  function legacyGreeting() {
    const name = new URLSearchParams(location.search).get('name') || 'there';
    // expect: xss
    document.write('<p>Hello ' + name + '</p>');
  }

  function setCount(n) {
    document.getElementById('count').innerHTML = Number(n).toFixed(0);
  }

  function scheduleRefresh(code) {
    // expect: code-injection
    setTimeout(code, 1000);
  }

  window.AcmeWidget = { sendToFrame, announce, legacyGreeting, setCount, scheduleRefresh };
})();
