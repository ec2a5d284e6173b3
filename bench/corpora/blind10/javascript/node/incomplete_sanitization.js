// library: String.prototype.replace (hand-written escaping)
function escapeHtmlNaive(s) {
  // expect: xss
  return s.replace('<', '&lt;').replace('>', '&gt;');
}

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function escapeHtmlAll(s) {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function quoteForShell(arg) {
  // expect: command-injection
  return "'" + arg.replace("'", "'\\''") + "'";
}

function quoteForShellAll(arg) {
  return "'" + arg.replace(/'/g, "'\\''") + "'";
}

function stripDotDot(path) {
  // expect: path-traversal
  return path.replace('../', '');
}

function slug(title) {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function firstSpaceToDash(s) {
  return s.replace(' ', '-');
}

module.exports = { escapeHtmlNaive, escapeHtml, escapeHtmlAll, quoteForShell, quoteForShellAll, stripDotDot, slug, firstSpaceToDash };
