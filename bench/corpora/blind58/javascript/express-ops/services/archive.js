'use strict';

const { execSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ARCHIVE_ROOT = process.env.ARCHIVE_ROOT || '/var/lib/ops/archives';
const LEGACY_TAR = false;

function archiveDirectory(options) {
  const job = {
    source: options.source,
    label: 'nightly',
    compression: options.fast ? 'gzip' : 'xz',
  };
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  try {
    const out = path.join(ARCHIVE_ROOT, `${job.label}.tar`);
    execSync(`tar -cf ${out} -C ${workDir} .`, { stdio: 'ignore' });
    if (LEGACY_TAR) {
      execSync(`tar -cf ${out} ${job.source}`);
    }
    return out;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function archiveNamed(name, compress) {
  const label = compress ? name : 'uncompressed';
  let cmd = 'tar -c';
  cmd += compress ? 'z' : '';
  cmd += `f ${ARCHIVE_ROOT}/${label}.tar.gz /srv/data`;
  try {
    // expect: command-injection
    return execSync(cmd, { timeout: 60000 }).toString();
  } finally {
    fs.appendFileSync(path.join(ARCHIVE_ROOT, 'history.log'), `${Date.now()} archived\n`);
  }
}

function listArchives(pattern) {
  const entries = fs.readdirSync(ARCHIVE_ROOT);
  return entries.filter((e) => e.includes(String(pattern || '')));
}

module.exports = { archiveDirectory, archiveNamed, listArchives };
