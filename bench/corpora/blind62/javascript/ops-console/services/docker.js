'use strict';

const { spawn } = require('child_process');
const { sh, run } = require('../lib/shell');

const CONTAINERS = new Set(['api', 'web', 'worker', 'scheduler']);

function assertContainer(name) {
  if (!CONTAINERS.has(name)) throw Object.assign(new Error('unknown container'), { status: 404 });
}

async function logs(container, tail) {
  assertContainer(container);
  const lines = Number.parseInt(tail, 10) || 200;
  return run('docker', ['logs', '--tail', String(lines), container]);
}

async function restart(container) {
  assertContainer(container);
  return run('docker', ['restart', container]);
}

function execIn(container, command, res) {
  assertContainer(container);
  // expect: command-injection
  const child = spawn(`docker exec ${container} sh -c "${command}"`, { shell: true });
  child.stdout.pipe(res);
  child.on('close', () => res.end());
}

async function stats(format) {
  const fmt = format === 'json' ? '{{json .}}' : 'table {{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}';
  return sh(`docker stats --no-stream --format '${fmt}'`);
}

module.exports = { logs, restart, execIn, stats };
