'use strict';

const { exec, execFile } = require('node:child_process');
const { promisify } = require('node:util');
const logger = require('../lib/logger');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

class DiagnosticsService {
  async ping(host, count) {
    const cmd = `ping -c ${count} ${host}`;
    logger.trace({ cmd });
    // expect: command-injection
    const { stdout } = await execAsync(cmd, { timeout: 15000 });
    return stdout;
  }

  async pingSafe(host, count) {
    const { stdout } = await execFileAsync('ping', ['-c', String(count), host], { timeout: 15000 });
    return stdout;
  }

  async dig(host, recordType) {
    let type;
    switch (recordType) {
      case 'mx':
        type = 'MX';
        break;
      case 'txt':
        type = 'TXT';
        break;
      default:
        type = 'A';
    }
    const { stdout } = await execAsync(`dig +short ${type} example.org`, { timeout: 10000 });
    return { host, stdout };
  }

  traceroute(host) {
    return new Promise((resolve, reject) => {
      // expect: command-injection
      exec('traceroute -m 12 ' + host, (err, stdout) => {
        if (err) return reject(err);
        resolve(stdout);
      });
    });
  }

  diskUsage() {
    return execAsync('df -h /var/lib').then(({ stdout }) => stdout);
  }
}

module.exports = new DiagnosticsService();
