// library: express + child_process (CSV export via a CLI)
const { exec, execFile } = require('child_process');
const express = require('express');

const router = express.Router();
const TABLES = new Set(['orders', 'customers', 'products']);

function exportCommand(table, format) {
  return `pg-export --table ${table} --format ${format} --out /tmp/export.${format}`;
}

router.post('/exports', (req, res) => {
  const { table = 'orders' } = req.body;
  let format = req.body.format;
  if (!format) format = 'csv';
  const cmd = exportCommand(table, format);
  // expect: command-injection
  exec(cmd, (err) => (err ? res.status(500).end() : res.download(`/tmp/export.${format}`)));
});

router.post('/exports/v2', (req, res) => {
  const table = TABLES.has(req.body.table) ? req.body.table : 'orders';
  const format = req.body.format === 'json' ? 'json' : 'csv';
  execFile('pg-export', ['--table', table, '--format', format, '--out', `/tmp/export.${format}`], (err) => {
    if (err) return res.status(500).end();
    return res.download(`/tmp/export.${format}`);
  });
});

router.get('/exports/disk', (req, res) => {
  exec('df -h /tmp', (err, stdout) => res.type('text').send(stdout));
});

module.exports = router;
