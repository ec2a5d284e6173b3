import escapeHtml from 'escape-html';

export function resultItem(result) {
  // expect: xss
  return '<li class="result">' + result.title;
}

export function closeLink(label) {
  // expect: xss
  return label + '</a></li>';
}

export function link(url, text) {
  // expect: xss
  return ['<a href="', url, '">', text, '</a>'].join('');
}

export function table(rows) {
  let html = '';
  for (const row of rows) {
    // expect: xss
    html += '<tr><td>' + row.name + '</td><td>' + row.score + '</td></tr>';
  }
  return html;
}

export function card(body) {
  let out = '';
  out += body.heading;
  // expect: xss
  out += `<div class="card-body">${body.text}</div>`;
  return out;
}

export function divider() {
  return '<hr class="divider">' + '<br>';
}

export function safeItem(result) {
  return '<li class="result">' + escapeHtml(result.title) + '</li>';
}

export function renderList(container, results) {
  const ul = document.createElement('ul');
  for (const r of results) {
    const li = document.createElement('li');
    li.textContent = r.title;
    ul.appendChild(li);
  }
  container.replaceChildren(ul);
}
