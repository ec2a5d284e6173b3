// lang: report formatting helpers (correctness)
const zlib = require('zlib');
const util = require('util');

function sameOwner(a, b) {
  // expect: useless-eqeq
  if (a.ownerId == a.ownerId) {
    return a.ownerId === b.ownerId;
  }
  return false;
}

function isNaNValue(x) {
  return x !== x;
}

function title(report) {
  // expect: missing-template-literal
  return 'Report for ${report.customer} (' + report.period + ')';
}

function titleSafe(report) {
  return `Report for ${report.customer} (${report.period})`;
}

function priceTemplate() {
  return 'Total: ${amount}';
}

function normalise(report) {
  let status = report.status;
  // expect: useless-assign
  status = status;
  return status.toLowerCase();
}

function sanitizeCsvCell(value) {
  // expect: incomplete-sanitization
  return String(value).replace('"', '""');
}

function sanitizeCsvCellSafe(value) {
  return String(value).replace(/"/g, '""');
}

function compressAll(chunks, done) {
  const out = [];
  let pending = chunks.length;
  for (const c of chunks) {
    zlib.gzip(c, (err, buf) => {
      out.push(buf);
      if (--pending === 0) done(out);
    });
  }
}

function logRow(userLabel, row) {
  // expect: format-string
  console.log(userLabel + ': %s', row.id);
  console.log('%s: %s', userLabel, row.id);
  return util.format('row %d', row.id);
}

module.exports = { sameOwner, isNaNValue, title, titleSafe, priceTemplate, normalise, sanitizeCsvCell, sanitizeCsvCellSafe, compressAll, logRow };
