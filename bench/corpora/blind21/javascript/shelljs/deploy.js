// shelljs: a deploy helper used by a chat-ops bot (branch names and hosts come from chat)
const shell = require('shelljs');
const semver = require('semver');

shell.config.fatal = false;
shell.set('-e');

const REPO_DIR = '/srv/deploy/app';
const HOSTS = { staging: 'staging.internal', production: 'prod-1.internal' };

function checkout(branch) {
  shell.cd(REPO_DIR);
  shell.exec('git fetch --prune origin');
  // expect: command-injection
  shell.exec(`git checkout ${branch} && git pull origin ${branch}`);
}

function checkoutSafe(branch) {
  if (!/^[\w./-]+$/.test(branch) || branch.startsWith('-')) throw new Error('bad branch name');
  shell.cd(REPO_DIR);
  shell.exec(`git checkout ${branch}`);
}

function release(version) {
  if (!semver.valid(version)) throw new Error('not a version');
  shell.exec(`git tag -a v${version} -m "release ${version}"`);
  shell.exec('git push --tags');
}

function deploy(env, who) {
  const host = HOSTS[env];
  if (!host) throw new Error('unknown environment');
  shell.exec(`rsync -az --delete ${REPO_DIR}/dist/ deploy@${host}:/srv/app/`);
  // expect: command-injection
  shell.exec('logger -t deploy "deployed to ' + env + ' by ' + who + '"');
}

function tail(service, lines) {
  const n = Math.min(Number(lines) || 100, 1000);
  // expect: command-injection
  return shell.exec(`journalctl -u ${service} -n ${n} --no-pager`, { silent: true }).stdout;
}

function cleanBuild() {
  shell.rm('-rf', `${REPO_DIR}/dist`);
  shell.mkdir('-p', `${REPO_DIR}/dist`);
  return shell.exec('npm ci && npm run build', { cwd: REPO_DIR }).code;
}

function findLogs(pattern) {
  return shell.grep('-l', pattern, '/var/log/app/*.log');
}

function copyArtifact(name) {
  shell.cp('-R', `${REPO_DIR}/dist/${name.replace(/[^\w.-]/g, '')}`, '/srv/artifacts/');
}

module.exports = { checkout, checkoutSafe, release, deploy, tail, cleanBuild, findLogs, copyArtifact };
