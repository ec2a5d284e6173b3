// library: os.tmpdir + fs (export jobs)
const os = require('os');
const fs = require('fs');
const path = require('path');

function exportCsv(rows) {
  const file = path.join(os.tmpdir(), 'export-' + Date.now() + '.csv');
  // expect: temp-file
  fs.writeFileSync(file, rows.map((r) => r.join(',')).join('\n'));
  return file;
}

function writeCredentialsForTool(creds) {
  // expect: temp-file
  fs.writeFileSync('/tmp/tool-credentials.json', JSON.stringify(creds));
  return '/tmp/tool-credentials.json';
}

function exportCsvSafe(rows) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
  const file = path.join(dir, 'rows.csv');
  fs.writeFileSync(file, rows.map((r) => r.join(',')).join('\n'), { mode: 0o600, flag: 'wx' });
  return file;
}

function cleanup(file) {
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

module.exports = { exportCsv, writeCredentialsForTool, exportCsvSafe, cleanup };
