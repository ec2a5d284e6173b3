import escapeHtml from 'escape-html';

// Hand-written escaping helpers used by the comment widget.
export function escapeForHtml(text) {
  // expect: xss
  return String(text).replace('<', '&lt;').replace('>', '&gt;');
}

export function escapeAttr(value) {
  // expect: xss
  return value.replaceAll('"', '&quot;');
}

export function sanitizeComment(comment) {
  const body = comment.body;
  // expect: xss
  const noTags = body.replaceAll('<', '&lt;');
  return noTags.replaceAll('\n', '<br>');
}

export function escapeQuote(text) {
  // expect: xss
  return text.replace("'", '&apos;');
}

export function escapeAmp(text) {
  // expect: xss
  return text.replace('&', '&amp;');
}

// Safe look-alikes: a vetted library, the DOM doing the escaping, and a replace unrelated to HTML.

export function safeEscape(text) {
  return escapeHtml(text);
}

export function textToNode(text) {
  const node = document.createElement('span');
  node.textContent = text;
  return node;
}

export function slugify(title) {
  return title.toLowerCase().replaceAll(' ', '-');
}
