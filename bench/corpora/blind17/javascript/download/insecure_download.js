// library: node:https / node:http + child_process (installer script)
const http = require('http');
const https = require('https');
const fs = require('fs');
const { execFileSync } = require('child_process');

const VERSION = '2.4.1';

function fetchTo(getter, url, dest) {
  return new Promise((resolve, reject) => {
    getter.get(url, (res) => res.pipe(fs.createWriteStream(dest, { mode: 0o755 })).on('finish', resolve)).on('error', reject);
  });
}

async function installAgent() {
  // expect: insecure-download
  await fetchTo(http, `http://downloads.example-agent.io/v${VERSION}/agent-linux-x64`, '/usr/local/bin/agent');
  execFileSync('/usr/local/bin/agent', ['--install']);
}

async function installPlugin() {
  // expect: insecure-download
  const res = await fetch('http://plugins.example-agent.io/latest/plugin.tgz');
  fs.writeFileSync('/var/lib/agent/plugin.tgz', Buffer.from(await res.arrayBuffer()));
  execFileSync('tar', ['-xzf', '/var/lib/agent/plugin.tgz', '-C', '/opt/agent/plugins']);
}

async function installAgentSafe() {
  await fetchTo(https, `https://downloads.example-agent.io/v${VERSION}/agent-linux-x64`, '/usr/local/bin/agent');
  execFileSync('/usr/local/bin/agent', ['--install']);
}

async function pingLocalAgent() {
  await fetchTo(http, 'http://127.0.0.1:8125/health', '/var/lib/agent/health.json');
}

module.exports = { installAgent, installPlugin, installAgentSafe, pingLocalAgent };
