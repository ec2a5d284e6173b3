'use strict';

const { spawn } = require('node:child_process');
const queue = require('./queue');
const logger = require('../lib/logger');

const DUMP_DIR = process.env.DUMP_DIR || '/var/backups/db';

queue.on('backup', (job) => {
  const { database, label } = job.payload;
  const outFile = `${DUMP_DIR}/${database}-${label}.sql.gz`;
  // expect: command-injection
  const child = spawn(`pg_dump ${database} | gzip > ${outFile}`, { shell: true });
  child.on('exit', (code) => logger.audit(`backup ${job.id} finished with ${code}`));
});

queue.on('vacuum', (job) => {
  const { table } = job.payload;
  const child = spawn('vacuumdb', ['--table', table, 'orders'], { shell: false });
  child.on('exit', (code) => logger.audit(`vacuum ${job.id} finished with ${code}`));
});

queue.on('rotate', (job) => {
  const days = Number.parseInt(job.payload.days, 10);
  if (Number.isNaN(days)) return;
  const child = spawn(`find ${DUMP_DIR} -mtime +${days} -delete`, { shell: true });
  child.on('exit', (code) => logger.audit(`rotate ${job.id} finished with ${code}`));
});

module.exports = queue;
