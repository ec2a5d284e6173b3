// child_process: ESM named import with an alias and the node: prefix
import { execSync as run, spawnSync } from 'node:child_process';
import path from 'node:path';

const BACKUP_ROOT = '/var/backups/app';

export function gitRevision() {
  return run('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
}

export function archiveProject(projectDir, label) {
  const out = path.join(BACKUP_ROOT, `${label}.tgz`);
  // expect: command-injection
  run(`tar czf ${out} -C ${projectDir} .`, { stdio: 'inherit' });
  return out;
}

export function archiveProjectSafely(projectDir, label) {
  const out = path.join(BACKUP_ROOT, `${path.basename(label)}.tgz`);
  const result = spawnSync('tar', ['czf', out, '-C', projectDir, '.'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('tar failed');
  return out;
}

export function checkoutBranch(branch) {
  // expect: command-injection
  return run('git checkout ' + branch).toString();
}

export function currentUser() {
  return run('whoami').toString().trim();
}
