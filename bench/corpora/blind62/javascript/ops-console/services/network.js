'use strict';

const net = require('net');
const dns = require('dns').promises;
const { promisify } = require('util');
const execAsync = promisify(require('child_process').exec);
const { run } = require('../lib/shell');

async function ping(host, count = 3) {
  // expect: command-injection
  const { stdout } = await execAsync(`ping -c ${count} -W 2 ${host}`, { timeout: 15000 });
  return stdout;
}

async function pingSafe(host) {
  if (net.isIP(host) === 0) {
    const { address } = await dns.lookup(host);
    host = address;
  }
  return run('ping', ['-c', '3', '-W', '2', host]);
}

const USE_LEGACY_PING = false;

async function pingLegacyAware(host) {
  if (USE_LEGACY_PING) {
    const { stdout } = await execAsync(`ping -c 1 ${host}`);
    return stdout;
  }
  return pingSafe(String(host));
}

async function traceroute(host) {
  if (!net.isIP(host)) throw Object.assign(new Error('ip address required'), { status: 400 });
  return run('traceroute', ['-n', '-w', '2', host]);
}

module.exports = { ping, pingSafe, pingLegacyAware, traceroute };
