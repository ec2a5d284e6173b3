// child_process: inline require(...).exec and webhook payloads reaching a shell
const http = require('http');

function openInBrowser(url) {
  // expect: command-injection
  require('child_process').exec('xdg-open ' + url);
}

function deployBranch(payload) {
  const branch = payload.ref.replace('refs/heads/', '');
  const script = `cd /srv/app && git fetch && git checkout ${branch} && npm run build`;
  // expect: command-injection
  return require('node:child_process').execSync(script, { stdio: 'inherit' });
}

function deployBranchSafely(payload) {
  const branch = payload.ref.replace('refs/heads/', '');
  if (!/^[\w.\-/]+$/.test(branch)) throw new Error('bad branch');
  const { execFileSync } = require('node:child_process');
  execFileSync('git', ['fetch'], { cwd: '/srv/app' });
  execFileSync('git', ['checkout', branch], { cwd: '/srv/app' });
}

http.createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    const payload = JSON.parse(raw || '{}');
    if (payload.ref) deployBranch(payload);
    require('child_process').exec('logger "deploy hook received"');
    res.end('ok');
  });
}).listen(9000, '127.0.0.1');

module.exports = { openInBrowser, deployBranch, deployBranchSafely };
