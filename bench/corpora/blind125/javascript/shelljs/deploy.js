'use strict';

const shell = require('shelljs');
const express = require('express');

const REPO_DIR = '/srv/app';
const router = express.Router();

// Deploy hook called by the chat-ops bot: POST /deploy { branch, packages }
router.post('/deploy', (req, res) => {
  const { branch } = req.body;
  shell.cd(REPO_DIR);
  shell.exec('git fetch --all', { silent: true });
  // expect: command-injection
  const checkout = shell.exec(`git checkout ${branch}`, { silent: true });
  if (checkout.code !== 0) return res.status(400).json({ error: checkout.stderr });
  res.json({ head: shell.exec('git rev-parse HEAD', { silent: true }).stdout.trim() });
});

router.post('/deploy/packages', (req, res) => {
  const pkgName = req.body.package;
  // expect: command-injection
  const out = shell.exec('npm install ' + pkgName, { silent: true });
  res.json({ code: out.code });
});

function runMaintenance(task) {
  const cmd = `./scripts/maintenance.sh ${task.name} --since=${task.since}`;
  // expect: command-injection
  shell.exec(cmd, { async: true, cwd: REPO_DIR });
}

// Safe look-alikes: fixed commands, shelljs built-ins instead of a shell.
function restart() {
  return shell.exec('pm2 reload ecosystem.config.js', { silent: true }).code;
}

function cleanBuild() {
  shell.rm('-rf', `${REPO_DIR}/dist`);
  shell.mkdir('-p', `${REPO_DIR}/dist`);
}

module.exports = { router, runMaintenance, restart, cleanBuild };
