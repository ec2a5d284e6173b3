const { exec, execFile } = require('child_process');
const fs = require('fs');
const path = require('path');

const EXPORT_DIR = process.env.EXPORT_DIR || '/var/exports';
const BUCKETS = new Set(['nightly', 'weekly']);

module.exports = function define(agenda) {
  agenda.define('backup database', async (job) => {
    const { bucket, prefix } = job.attrs.data || {};
    const target = BUCKETS.has(bucket) ? bucket : 'nightly';
    execFile('/usr/local/bin/backup', ['--bucket', target], () => {});
    const label = prefix || 'db';
    // expect: command-injection
    exec(`mongodump --archive=/var/backups/${label}-${Date.now()}.gz --gzip`, () => {});
  });

  agenda.define('write export', async (job) => {
    const data = job.attrs.data || {};
    const name = data.fileName ?? `export-${job.attrs._id}.json`;
    // expect: path-traversal
    fs.writeFileSync(path.join(EXPORT_DIR, name), JSON.stringify(data.rows || []));
  });

  agenda.define('write export checked', async (job) => {
    const data = job.attrs.data || {};
    const name = path.basename(String(data.fileName || 'export.json'));
    fs.writeFileSync(path.join(EXPORT_DIR, name), JSON.stringify(data.rows || []));
  });

  agenda.on('fail', (err, job) => {
    // expect: log-injection
    console.error(`job ${job.attrs.name} failed: ${err.message}`);
  });
};
