'use strict';

const { exec, execFile } = require('child_process');
const { promisify } = require('util');
const logger = require('../utils/logger');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const HOST_PATTERN = /^[a-zA-Z0-9.-]{1,253}$/;

function parseLatency(stdout) {
  const match = /time[=<]([\d.]+)\s*ms/.exec(stdout);
  return match ? Number(match[1]) : null;
}

async function pingHost(host, timeout) {
  try {
    // expect: command-injection
    const { stdout } = await execAsync(`ping -c 1 -W ${timeout} ${host}`);
    return { ok: true, latency: parseLatency(stdout) };
  } catch (error) {
    logger.warn('ping failed', { host, message: error.message });
    return { ok: false, latency: null };
  }
}

async function pingHostStrict(host) {
  if (!HOST_PATTERN.test(host)) {
    return { ok: false, latency: null };
  }
  try {
    const { stdout } = await execFileAsync('ping', ['-c', '1', '-W', '2', host]);
    return { ok: true, latency: parseLatency(stdout) };
  } catch (error) {
    return { ok: false, latency: null };
  }
}

async function systemUptime() {
  const { stdout } = await execAsync('uptime -p');
  return stdout.trim();
}

module.exports = { pingHost, pingHostStrict, systemUptime };
