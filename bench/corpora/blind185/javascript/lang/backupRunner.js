'use strict';

const { spawn } = require('child_process');
const path = require('path');

// Runs database backups requested from the ops dashboard.

const BACKUP_DIR = process.env.BACKUP_DIR || '/var/backups/db';
const SHELL = '/bin/bash';

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(stderr || 'exit ' + code))));
  });
}

function dumpDatabase(job) {
  const out = path.join(BACKUP_DIR, `${job.database}-${Date.now()}.sql.gz`);
  // job.database and job.tables come from the dashboard form
  // expect: command-injection
  return run('sh', ['-c', 'pg_dump ' + job.database + ' -t ' + job.tables + ' | gzip > ' + out]);
}

function dumpDatabaseSafely(job) {
  const out = path.join(BACKUP_DIR, `${Number(job.id)}.dump`);
  return run('pg_dump', ['--format=custom', '--file', out, '--dbname', job.database]);
}

function diskUsage() {
  return run('sh', ['-c', 'df -h /var/backups | tail -n 1']);
}

function pruneOld(days) {
  const keep = Math.max(1, parseInt(days, 10) || 7);
  return run('find', [BACKUP_DIR, '-type', 'f', '-mtime', '+' + keep, '-delete']);
}

const HOOKS = {
  notify: 'curl -fsS -X POST http://ops-notify.internal/backup-done',
  sync: 'rclone sync /var/backups/db offsite:db-backups',
};

function runHook(job) {
  const hook = HOOKS[job.postHook];
  if (!hook) return Promise.resolve();
  return run(SHELL, ['-c', hook]);
}

function verify(file) {
  return run('gzip', ['-t', path.join(BACKUP_DIR, path.basename(file))]);
}

module.exports = { dumpDatabase, dumpDatabaseSafely, diskUsage, pruneOld, runHook, verify };
