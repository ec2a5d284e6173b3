function renderMessage(list, msg) {
  // expect: xss
  const safe = msg.text.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const li = document.createElement('li');
  li.innerHTML = '<b>' + msg.author + '</b>: ' + safe;
  list.appendChild(li);
}

function renderTopic(header, topic) {
  // expect: xss
  header.innerHTML = '<h2>' + topic.replace('<', '&lt;') + '</h2>';
}

function renderLink(container, link) {
  // expect: xss
  const title = link.title.replaceAll('"', '&quot;');
  container.innerHTML = '<a title="' + title + '" href="/go/' + encodeURIComponent(link.id) + '">open</a>';
}

function renderStatus(el, status) {
  el.textContent = status.text;
}

function renderPreview(el, markdownHtml) {
  el.innerHTML = DOMPurify.sanitize(markdownHtml);
}

function formatCode(code) {
  return code.replaceAll('\t', '  ');
}

function slug(title) {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
