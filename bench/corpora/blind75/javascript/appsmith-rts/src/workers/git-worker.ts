import { exec, execFile } from 'child_process';
import path from 'path';
import log from 'loglevel';

import { gitEvents, GitImportRequested, GitStatusRequested } from '../events/git-events';

const GIT_ROOT = process.env.APPSMITH_GIT_ROOT ?? '/appsmith-stacks/git-storage';
const REPO_NAME = /^[A-Za-z0-9._-]{1,100}$/;

function onImport(evt: GitImportRequested): void {
  const dir = path.join(GIT_ROOT, evt.workspaceId.replace(/[^\w-]/g, '_'), String(Date.now()));
  const cmd = `git clone --depth 1 --branch ${evt.branch} ${evt.repoUrl} ${dir}`;
  // expect: command-injection
  exec(cmd, { timeout: 120_000 }, (err) => {
    if (err) {
      log.warn('git import failed', evt.requestId, err.code);
      return;
    }
    log.info('git import finished', evt.requestId);
  });
}

function onStatus(evt: GitStatusRequested): void {
  if (!REPO_NAME.test(evt.repoName)) {
    log.warn('invalid repo name', evt.requestId);
    return;
  }
  const cwd = path.join(GIT_ROOT, evt.repoName);
  execFile('git', ['status', '--porcelain'], { cwd, timeout: 10_000 }, (err, stdout) => {
    if (err) return log.warn('git status failed', evt.requestId);
    log.info('git status', evt.requestId, stdout.split('\n').length);
  });
}

export function registerGitWorker(): void {
  gitEvents.on('git:import', onImport);
  gitEvents.on('git:status', onStatus);
}
