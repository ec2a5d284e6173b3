'use strict';

const thenify = require('thenify');
const childProcess = require('child_process');
const fs = require('fs');
const dns = require('dns');

// exec's callback gets (err, stdout, stderr): keep both outputs.
// expect: code-injection
const execBoth = thenify(childProcess.execFile, { multiArgs: true });

// expect: code-injection
const lookupAll = thenify(dns.lookup, { multiArgs: ['address', 'family'] });

const readOpts = { multiArgs: ['bytesRead', 'buffer'] };
// expect: code-injection
const readChunk = thenify(fs.read, readOpts);

const readFile = thenify(fs.readFile);
const stat = thenify(fs.stat, { multiArgs: false });
const writeFile = thenify.withCallback(fs.writeFile);

async function currentBranch(cwd) {
  const [stdout] = await execBoth('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd });
  return stdout.trim();
}

async function resolveHost(host) {
  const { address } = await lookupAll(host);
  return address;
}

async function head(fd) {
  const { buffer } = await readChunk(fd, Buffer.alloc(64), 0, 64, 0);
  return buffer;
}

module.exports = { currentBranch, resolveHost, head, readFile, stat, writeFile };
