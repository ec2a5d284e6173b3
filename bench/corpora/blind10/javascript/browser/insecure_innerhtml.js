// library: DOM (innerHTML / outerHTML / insertAdjacentHTML)
import DOMPurify from 'dompurify';

export function renderComment(container, comment) {
  const item = document.createElement('li');
  // expect: xss
  item.innerHTML = `<strong>${comment.author}</strong>: ${comment.body}`;
  container.appendChild(item);
}

export function renderCommentSafe(container, comment) {
  const item = document.createElement('li');
  const author = document.createElement('strong');
  author.textContent = comment.author;
  item.append(author, ': ' + comment.body);
  container.appendChild(item);
}

export function renderRichComment(container, comment) {
  container.innerHTML = DOMPurify.sanitize(comment.html);
}

export function replaceCard(card, data) {
  // expect: xss
  card.outerHTML = '<div class="card">' + data.title + '</div>';
}

export function appendNotice(list, notice) {
  // expect: xss
  list.insertAdjacentHTML('beforeend', '<li>' + notice.text + '</li>');
}

export function clear(container) {
  container.innerHTML = '';
}

export function spinner(container) {
  container.innerHTML = '<div class="spinner" aria-busy="true"></div>';
}
