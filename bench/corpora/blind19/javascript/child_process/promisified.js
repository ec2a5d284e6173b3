// child_process: util.promisify(exec) with async/await
const util = require('util');
const childProcess = require('child_process');

const execAsync = util.promisify(childProcess.exec);
const execFileAsync = util.promisify(childProcess.execFile);

async function commitsByAuthor(repoDir, author) {
  // expect: command-injection
  const { stdout } = await execAsync(`git log --author="${author}" --oneline`, { cwd: repoDir });
  return stdout.split('\n').filter(Boolean);
}

async function commitsByAuthorSafe(repoDir, author) {
  const { stdout } = await execFileAsync('git', ['log', `--author=${author}`, '--oneline'], { cwd: repoDir });
  return stdout.split('\n').filter(Boolean);
}

async function branchCount(repoDir) {
  const { stdout } = await execAsync('git branch --list | wc -l', { cwd: repoDir });
  return Number(stdout.trim());
}

async function handler(req, res) {
  const file = req.body.file;
  try {
    // expect: command-injection
    const { stdout } = await util.promisify(childProcess.exec)('wc -l ' + file);
    res.json({ lines: parseInt(stdout, 10) });
  } catch (e) {
    res.status(500).json({ error: 'count failed' });
  }
}

module.exports = { commitsByAuthor, commitsByAuthorSafe, branchCount, handler };
