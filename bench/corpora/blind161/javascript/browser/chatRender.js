// Chat transcript rendering for the support widget.

function escapeHtml(text) {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export function renderMessage(list, message) {
  const li = document.createElement('li');
  li.className = 'msg msg-' + (message.fromAgent ? 'agent' : 'visitor');
  li.innerHTML = '<b>' + escapeHtml(message.author) + '</b> ' + escapeHtml(message.text);
  list.appendChild(li);
}

export function renderQuickReply(list, reply) {
  // expect: xss
  const label = reply.label.replace('<', '&lt;').replace('>', '&gt;');
  list.insertAdjacentHTML('beforeend', '<button class="quick">' + label + '</button>');
}

export function renderAvatar(el, visitor) {
  // expect: xss
  const name = visitor.name.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  el.innerHTML = "<img class='avatar' alt='" + name + "' src='/avatars/default.png'>";
}

export function renderLink(el, link) {
  // expect: xss
  const href = link.url.replaceAll('"', '&quot;');
  el.innerHTML = '<a href="' + href + '">' + escapeHtml(link.title) + '</a>';
}

export function renderSystemNote(el, note) {
  el.textContent = note;
}

export function renderTyping(el, agent) {
  el.innerHTML = '<span class="typing">' + escapeHtml(agent) + ' is typing…</span>';
}
