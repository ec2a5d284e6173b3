// Nightly backup runner for tenant databases. Jobs are configured by tenant admins
// in the self-service console (database name, bucket prefix, compression level).
const { spawn } = require('child_process');
const path = require('path');

const BACKUP_ROOT = '/var/backups/tenants';

function waitFor(child, label) {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${label} exited ${code}`))));
  });
}

function run(cmd, args) {
  return waitFor(spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] }), cmd);
}

async function dumpDatabase(job) {
  const outFile = path.join(BACKUP_ROOT, `${job.tenantId}.sql`);
  // Argument array: the database name is one argv entry, never shell text.
  await run('pg_dump', ['--format=plain', '--file', outFile, '--dbname', job.database]);
  return outFile;
}

async function compressAndUpload(job, file) {
  const level = Math.min(Math.max(parseInt(job.compressionLevel, 10) || 6, 1), 9);
  await run('gzip', [`-${level}`, '--force', file]);
  // expect: command-injection
  const upload = spawn('sh', ['-c', `aws s3 cp ${file}.gz s3://tenant-backups/${job.bucketPrefix}/ --only-show-errors`], { stdio: 'inherit' });
  await waitFor(upload, 'upload');
}

async function rotateLocal() {
  await waitFor(spawn('sh', ['-c', 'find /var/backups/tenants -name "*.gz" -mtime +3 -delete'], { stdio: 'inherit' }), 'rotate');
}

async function runJob(job) {
  const file = await dumpDatabase(job);
  await compressAndUpload(job, file);
  await rotateLocal();
}

async function runAll(jobs) {
  for (const job of jobs) {
    try {
      await runJob(job);
    } catch (err) {
      console.error('backup failed for tenant', job.tenantId, err.message);
    }
  }
}

module.exports = { runAll, runJob };
