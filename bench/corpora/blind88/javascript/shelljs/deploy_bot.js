'use strict';

const shell = require('shelljs');
const express = require('express');
const { verifySlackSignature } = require('./slack');

const app = express();
app.use(express.urlencoded({ extended: false, verify: verifySlackSignature }));

const REPO_DIR = process.env.REPO_DIR || '/srv/app';
const BUILD_CMD = 'npm ci && npm run build';

shell.config.fatal = false;

function checkout(branch) {
  shell.cd(REPO_DIR);
  shell.exec('git fetch --prune origin', { silent: true });
  // expect: command-injection
  return shell.exec('git checkout ' + branch, { silent: true });
}

function build() {
  shell.cd(REPO_DIR);
  return shell.exec(BUILD_CMD, { silent: true });
}

function archive(releaseName, dir) {
  // expect: command-injection
  return shell.exec(`tar -czf /srv/releases/${releaseName}.tgz -C ${dir} .`);
}

// Slack slash command: /deploy <branch> [release-name]
app.post('/slack/deploy', (req, res) => {
  const [branch, releaseName = branch] = String(req.body.text || '').split(/\s+/);
  const result = checkout(branch);
  if (result.code !== 0) {
    return res.json({ text: `checkout failed: ${result.stderr}` });
  }
  build();
  archive(releaseName, REPO_DIR + '/dist');
  res.json({ text: `deployed ${branch}` });
});

app.post('/slack/logs', (req, res) => {
  const lines = parseInt(req.body.text, 10) || 50;
  const cmd = 'journalctl -u app -n ' + lines + ' --no-pager';
  shell.exec(cmd, { silent: true, async: true }, (code, stdout) => res.json({ text: stdout }));
});

app.post('/slack/grep', (req, res) => {
  const pattern = req.body.text;
  // expect: command-injection
  shell.exec(`grep -rn "${pattern}" ${REPO_DIR}/logs`, { silent: true, async: true }, (code, stdout) => {
    res.json({ text: stdout.slice(0, 3000) });
  });
});

app.get('/health', (req, res) => {
  const rev = shell.exec('git rev-parse --short HEAD', { silent: true }).stdout.trim();
  res.json({ ok: true, rev });
});

module.exports = app;
