const { execSync, spawnSync } = require('child_process');
const path = require('path');
const { accountDir } = require('../lib/paths');

function buildArchive(account, names, archiveName) {
  const dir = accountDir(account);
  const list = [];
  for (const n of names) {
    list.push(`'${n}'`);
  }
  const target = path.join(dir, 'archives', `${archiveName}.tar.gz`);
  // expect: command-injection
  execSync(`tar -czf ${target} -C ${dir} ${list.join(' ')}`, { stdio: 'ignore' });
  return target;
}

function buildArchiveSafe(account, names) {
  const dir = accountDir(account);
  const target = path.join(dir, 'archives', `bundle-${Date.now()}.tar.gz`);
  const files = names.map((n) => path.basename(String(n)));
  const res = spawnSync('tar', ['-czf', target, '-C', dir, '--', ...files], { stdio: 'ignore' });
  if (res.status !== 0) throw new Error('tar failed');
  return target;
}

module.exports = { buildArchive, buildArchiveSafe };
