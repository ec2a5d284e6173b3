'use strict';

const EventEmitter = require('events');
const path = require('path');
const { exec } = require('child_process');
const { run } = require('../lib/shell');

const BACKUP_DIR = process.env.BACKUP_DIR || '/var/backups/ops';
const DATABASES = { main: 'app_main', billing: 'app_billing', analytics: 'app_analytics' };

class JobQueue extends EventEmitter {
  constructor() {
    super();
    this.history = [];
  }

  enqueue(type, payload, requestedBy) {
    const job = { id: `${Date.now()}-${this.history.length}`, type, payload, requestedBy, state: 'queued' };
    this.history.push(job);
    setImmediate(() => this.emit(type, job));
    return job;
  }
}

const queue = new JobQueue();

function finish(job, err) {
  job.state = err ? 'failed' : 'done';
  job.error = err ? String(err.message || err) : undefined;
}

function start() {
  queue.on('backup', (job) => {
    const { database, label } = job.payload;
    const file = path.join(BACKUP_DIR, `${database}-${label || 'manual'}.sql.gz`);
    // expect: command-injection
    exec(`pg_dump ${database} | gzip > ${file}`, (err) => finish(job, err));
  });

  queue.on('backup-known', (job) => {
    const db = DATABASES[job.payload.database];
    if (!db) return finish(job, new Error('unknown database'));
    const file = path.join(BACKUP_DIR, `${db}-${Date.now()}.sql`);
    run('pg_dump', ['--file', file, db]).then(() => finish(job), (err) => finish(job, err));
  });

  queue.on('prune', (job) => {
    const days = Number.parseInt(job.payload.days, 10);
    if (Number.isNaN(days)) return finish(job, new Error('days must be a number'));
    exec(`find ${BACKUP_DIR} -name '*.sql*' -mtime +${days} -delete`, (err) => finish(job, err));
  });
}

module.exports = { queue, start };
