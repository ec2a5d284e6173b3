function renderComment(container, comment) {
  const item = document.createElement('li');
  // expect: xss
  item.innerHTML = '<b>' + comment.author + '</b>: ' + comment.text;
  container.appendChild(item);
}

function showSearchTerm() {
  const q = new URLSearchParams(location.search).get('q');
  // expect: xss
  document.getElementById('term').innerHTML = q;
}

function renderCommentSafe(container, comment) {
  const item = document.createElement('li');
  const b = document.createElement('b');
  b.textContent = comment.author;
  item.appendChild(b);
  item.appendChild(document.createTextNode(': ' + comment.text));
  container.appendChild(item);
}

function clear(container) {
  container.innerHTML = '';
}
