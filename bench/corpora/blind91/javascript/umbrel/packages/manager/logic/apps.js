const path = require('path');
const { promisify } = require('util');
const childProcess = require('child_process');

const diskLogic = require('logic/disk.js');
const constants = require('utils/const.js');

const exec = promisify(childProcess.exec);
const execFile = promisify(childProcess.execFile);

const APP_SCRIPT = path.join(constants.UMBREL_ROOT, 'scripts/app');

async function get(query) {
  let apps = await diskLogic.readAppRegistry();
  const installedApps = (await diskLogic.readUserFile()).installedApps || [];
  if (query.installed === true) {
    apps = apps.filter((app) => installedApps.includes(app.id));
  }
  return apps;
}

async function install(id) {
  const registry = await diskLogic.readAppRegistry();
  if (!registry.some((app) => app.id === id)) {
    throw new Error('App not found in registry');
  }
  await execFile(APP_SCRIPT, ['install', id]);
}

async function uninstall(id) {
  await execFile(APP_SCRIPT, ['uninstall', id]);
}

async function addRepository(url, branch) {
  const ref = branch || 'master';
  const dir = path.join(constants.REPOS_DIR, Buffer.from(url).toString('hex').slice(0, 32));
  // expect: command-injection
  await exec(`git clone --depth 1 --branch ${ref} ${url} ${dir}`);
  return dir;
}

module.exports = {
  get,
  install,
  uninstall,
  addRepository,
};
