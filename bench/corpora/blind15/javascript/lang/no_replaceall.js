// library: plain JavaScript (String.prototype.replace with a string pattern)
function slugify(title) {
  // expect: replace-first-only
  return title.toLowerCase().replace(' ', '-');
}

function csvCell(value) {
  // expect: replace-first-only
  return `"${String(value).replace('"', '""')}"`;
}

function slugifyOk(title) {
  return title.toLowerCase().replaceAll(' ', '-');
}

function csvCellOk(value) {
  return `"${String(value).replace(/"/g, '""')}"`;
}

function stripPrefix(path) {
  return path.replace('/api', '');
}

module.exports = { slugify, csvCell, slugifyOk, csvCellOk, stripPrefix };
