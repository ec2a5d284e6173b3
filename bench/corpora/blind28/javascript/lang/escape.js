// Escaping helpers used by the legacy comment widget.
function escapeHtml(text) {
  // expect: incomplete-sanitization
  return text.replace('<', '&lt;').replace('>', '&gt;');
}

function escapeAttr(value) {
  // expect: incomplete-sanitization
  const noQuotes = value.replace('"', '&quot;');
  // expect: incomplete-sanitization
  return noQuotes.replace("'", '&#39;');
}

function toSqlLiteral(s) {
  // expect: incomplete-sanitization
  return "'" + s.replace("'", "''") + "'";
}

function singleLine(msg) {
  // expect: incomplete-sanitization
  return msg.replace('\n', ' ');
}

function escapeHtmlFixed(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function slugToTitle(slug) {
  return slug.replace('-', ' ');
}

function escapeQuotes(value) {
  return value.replaceAll('"', '&quot;');
}

module.exports = { escapeHtml, escapeAttr, toSqlLiteral, singleLine, escapeHtmlFixed, slugToTitle, escapeQuotes };
