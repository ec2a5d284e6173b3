'use strict';
// Small internal service that serves repository metadata to the CI dashboard.
const express = require('express');
const util = require('util');
const { execFile, exec, spawnSync } = require('child_process');

const execFileP = util.promisify(execFile);
const execP = util.promisify(exec);
const REPO = process.env.REPO_DIR || '/srv/repos/main';
const app = express();
app.use(express.json());

const BRANCH_RE = /^[A-Za-z0-9._/-]{1,100}$/;

app.get('/branches', async (_req, res) => {
  const { stdout } = await execFileP('git', ['branch', '--format=%(refname:short)'], { cwd: REPO });
  res.json(stdout.split('\n').filter(Boolean));
});

app.get('/log', async (req, res) => {
  const branch = String(req.query.branch || 'main');
  if (!BRANCH_RE.test(branch)) return res.status(400).send('bad branch');
  const { stdout } = await execFileP('git', ['log', '--oneline', '-n', '50', '--', branch], { cwd: REPO });
  res.type('text/plain').send(stdout);
});

app.get('/log/raw', async (req, res) => {
  // expect: command-injection
  const { stdout } = await execP(`git log --oneline -n 50 ${req.query.branch}`, { cwd: REPO });
  res.type('text/plain').send(stdout);
});

app.get('/blame', (req, res) => {
  const file = String(req.query.file);
  // expect: command-injection
  exec('git blame --porcelain ' + file, { cwd: REPO, maxBuffer: 1 << 24 }, (err, stdout) => {
    if (err) return res.status(500).send('blame failed');
    res.type('text/plain').send(stdout);
  });
});

app.post('/tag', (req, res) => {
  const { name, message } = req.body;
  if (!BRANCH_RE.test(name)) return res.status(400).send('bad tag');
  const r = spawnSync('git', ['tag', '-a', name, '-m', String(message)], { cwd: REPO });
  res.json({ status: r.status });
});

app.post('/hooks/run', (req, res) => {
  // expect: command-injection
  const r = spawnSync(`./hooks/${req.body.hook}.sh ${req.body.args}`, { cwd: REPO, shell: true });
  res.json({ status: r.status });
});

app.get('/status', async (_req, res) => {
  const { stdout } = await execP('git status --porcelain', { cwd: REPO });
  res.json({ dirty: stdout.trim().length > 0 });
});

app.get('/diff', async (req, res) => {
  const a = String(req.query.a);
  const b = String(req.query.b);
  if (!BRANCH_RE.test(a) || !BRANCH_RE.test(b)) return res.status(400).end();
  const { stdout } = await execFileP('git', ['diff', '--stat', `${a}...${b}`], { cwd: REPO });
  res.type('text/plain').send(stdout);
});

app.get('/archive', (req, res) => {
  const ref = req.query.ref;
  // expect: command-injection
  const child = require('child_process').exec(`git archive --format=tar.gz ${ref}`, { cwd: REPO, encoding: 'buffer' });
  child.stdout.pipe(res);
});

app.listen(Number(process.env.PORT || 3000), '127.0.0.1');
