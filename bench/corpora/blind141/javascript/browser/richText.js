import DOMPurify from 'dompurify';

export function renderComment(container, comment) {
  // expect: xss
  const clean = DOMPurify.sanitize(comment.html);
  container.innerHTML = clean.replace(/:(\w+):/g, '<img class="emoji" alt="$1" src="/emoji/$1.png">');
}

export function renderSignature(container, html) {
  // expect: xss
  const clean = DOMPurify.sanitize(html);
  container.innerHTML = '<svg><foreignObject>' + clean + '</foreignObject></svg>';
}

export function renderQuote(container, quote) {
  // expect: xss
  const body = DOMPurify.sanitize(quote.body);
  container.innerHTML = `<blockquote>${body}</blockquote><cite>${quote.author}</cite>`;
}

export function renderArticle(container, html) {
  const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
  container.replaceChildren(fragment);
}

export function renderPreview(container, html) {
  const node = DOMPurify.sanitize(html, { RETURN_DOM: true });
  container.appendChild(node);
}

export function renderNote(container, note) {
  container.textContent = note.text;
}
