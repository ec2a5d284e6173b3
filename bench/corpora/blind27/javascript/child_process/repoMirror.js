const { spawn, execFile } = require('child_process');

function mirror(req, res) {
  const repo = req.body.repository;
  // expect: git-clone-injection
  const git = spawn('git', ['clone', repo, '/srv/mirrors/tmp']);
  git.on('close', (code) => res.json({ code }));
}

function mirrorBranch(url, branch) {
  // expect: git-clone-injection
  return spawn('git', ['clone', '--branch', branch, url]);
}

function mirrorChecked(req, res) {
  const repo = String(req.body.repository);
  if (!/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/.test(repo)) return res.status(400).end();
  const git = spawn('git', ['clone', '--', repo, '/srv/mirrors/tmp']);
  git.on('close', (code) => res.json({ code }));
}

function status(cb) {
  execFile('git', ['status', '--short'], cb);
}

module.exports = { mirror, mirrorBranch, mirrorChecked, status };
