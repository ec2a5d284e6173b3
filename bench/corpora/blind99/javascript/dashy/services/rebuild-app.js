/* Runs a rebuild of the app in a child process */
const { exec, execFile } = require('child_process');

const MODES = { production: 'production', development: 'development' };

module.exports = (query = {}) => new Promise((resolve, reject) => {
  const mode = query.mode || 'production';
  const output = [];
  if (MODES[mode]) {
    const child = execFile('npm', ['run', 'build', '--', '--mode', MODES[mode]]);
    child.stdout.on('data', (data) => output.push(data.toString()));
    child.on('exit', (code) => (code === 0 ? resolve({ success: true, output: output.join('') }) : reject({ success: false })));
    return;
  }
  const target = query.target ?? 'dist';
  // expect: command-injection
  const stats = exec(`npm run build -- --dest ${target}`);
  stats.stdout.on('data', (data) => output.push(data.toString()));
  stats.on('exit', (code) => (code === 0 ? resolve({ success: true, output: output.join('') }) : reject({ success: false, output: output.join('') })));
});
