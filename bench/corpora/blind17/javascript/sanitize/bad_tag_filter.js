// library: hand-written HTML filters (comment rendering)
const sanitizeHtml = require('sanitize-html');

function stripScripts(html) {
  // expect: xss
  return html.replace(/<script>[\s\S]*?<\/script>/g, '');
}

function stripComments(html) {
  // expect: xss
  return html.replace(/<!--.*?-->/g, '');
}

function stripEventHandlers(html) {
  // expect: xss
  return html.replace(/ on\w+="[^"]*"/g, '');
}

function cleanComment(html) {
  return sanitizeHtml(html, { allowedTags: ['b', 'i', 'em', 'strong', 'a', 'p'], allowedAttributes: { a: ['href'] } });
}

function toPlainText(html) {
  return html.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

module.exports = { stripScripts, stripComments, stripEventHandlers, cleanComment, toPlainText };
