// library: node:child_process (CLI arguments)
const { exec, execSync, execFileSync } = require('child_process');

const [, , branch, ...files] = process.argv;

function checkout() {
  // expect: command-injection
  execSync(`git checkout ${branch}`, { stdio: 'inherit' });
}

function lint() {
  // expect: command-injection
  exec('eslint --fix ' + files.join(' '), (err, out) => console.log(out));
}

function checkoutSafe() {
  execFileSync('git', ['checkout', '--', branch], { stdio: 'inherit' });
}

function lintSafe() {
  execFileSync('npx', ['eslint', '--fix', '--', ...files], { stdio: 'inherit' });
}

function status() {
  execSync('git status --short', { stdio: 'inherit' });
}

if (process.env.SAFE_MODE) {
  checkoutSafe();
  lintSafe();
} else {
  checkout();
  lint();
}
status();
