// Notification drawer: messages arrive over the websocket from other users' actions.
(function () {
  const drawer = document.getElementById('notifications');
  const preview = document.querySelector('#search-preview');
  const params = new URLSearchParams(window.location.search);

  function renderMessage(msg) {
    const el = document.createElement('div');
    el.className = 'notification';
    // expect: xss
    el.innerHTML = msg.html;
    drawer.appendChild(el);
  }

  function renderMention(user, text) {
    const row = document.createElement('tr');
    // expect: xss
    row.innerHTML = '<td class="who">' + user.name + '</td><td>' + text + '</td>';
    drawer.querySelector('table').appendChild(row);
  }

  function showSearchPreview() {
    const q = params.get('q');
    if (!q) return;
    // expect: xss
    preview.innerHTML = `Results for <b>${q}</b>`;
  }

  // Safe look-alikes: clearing, text nodes, sanitised markup.
  function clearDrawer() {
    drawer.innerHTML = '';
  }

  function updateBadge(count) {
    document.getElementById('badge').textContent = String(count);
  }

  function renderRichMessage(msg) {
    const el = document.createElement('div');
    el.innerHTML = DOMPurify.sanitize(msg.html);
    drawer.appendChild(el);
  }

  const socket = new WebSocket(`wss://${window.location.host}/notifications`);
  socket.addEventListener('message', (event) => {
    const msg = JSON.parse(event.data);
    if (msg.kind === 'mention') renderMention(msg.user, msg.text);
    else if (msg.rich) renderRichMessage(msg);
    else renderMessage(msg);
    updateBadge(msg.unread);
  });

  document.getElementById('clear').addEventListener('click', clearDrawer);
  showSearchPreview();
})();
