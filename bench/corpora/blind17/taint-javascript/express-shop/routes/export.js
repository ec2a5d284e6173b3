// library: express + child_process
const express = require('express');
const { exec, execFile } = require('child_process');

const router = express.Router();
router.use(express.json());
const DEFAULTS = { db: 'shop', format: 'custom' };

router.get('/export', (req, res) => {
  const fmt = req.query.format || 'csv';
  execFile('shop-exporter', ['--format', fmt, '--out', '/var/exports/out'], (err) => res.sendStatus(err ? 500 : 202));
});

router.get('/export/columns', (req, res) => {
  const cols = [].concat(req.query.col || 'id').join(',');
  // expect: command-injection
  exec('shop-exporter --columns ' + cols + ' --out /var/exports/cols.csv', (err) => res.sendStatus(err ? 500 : 202));
});

router.post('/backup', (req, res) => {
  const opts = { ...DEFAULTS, ...req.body };
  // expect: command-injection
  exec(`pg_dump --format=${opts.format} ${opts.db} > /var/backups/latest.dump`, (err) => res.sendStatus(err ? 500 : 202));
});

router.post('/report', (req, res) => {
  let script;
  switch (req.body.kind) {
    case 'daily':
      script = 'daily.sh';
      break;
    case 'monthly':
      script = 'monthly.sh';
      break;
    default:
      script = 'weekly.sh';
  }
  exec(`sh /opt/shop/reports/${script}`, (err) => res.sendStatus(err ? 500 : 202));
});

router.post('/backup-safe', (req, res) => {
  const db = /^[a-z_]+$/.test(req.body.db || '') ? req.body.db : DEFAULTS.db;
  execFile('pg_dump', ['--format=custom', '--file=/var/backups/latest.dump', db], (err) => res.sendStatus(err ? 500 : 202));
});

module.exports = router;
