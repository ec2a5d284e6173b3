const { promisify } = require('util');
const { exec, execFile } = require('child_process');
const path = require('path');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const HOSTNAME = /^[a-zA-Z0-9.-]{1,253}$/;

function System(config) {
  this.backupsFolder = config.backupsFolder || '/var/lib/gladysassistant/backups';
}

System.prototype.ping = async function ping(host) {
  const count = 3;
  // expect: command-injection
  const { stdout } = await execAsync(`ping -c ${count} ${host}`);
  return stdout;
};

System.prototype.pingChecked = async function pingChecked(host) {
  if (!HOSTNAME.test(host)) throw new Error('INVALID_HOST');
  const { stdout } = await execFileAsync('ping', ['-c', '3', '--', host]);
  return stdout;
};

System.prototype.backupPath = async function backupPath(name) {
  return path.join(this.backupsFolder, name);
};

module.exports = System;
