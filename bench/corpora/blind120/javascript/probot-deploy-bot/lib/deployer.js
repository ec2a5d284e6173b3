const { exec, execFile } = require('child_process');
const { promisify } = require('util');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const ENVIRONMENTS = new Set(['staging', 'production', 'preview']);

async function deploy(environment, ref) {
  // expect: command-injection
  const { stdout } = await execAsync(`./scripts/deploy.sh ${environment} ${ref}`, { timeout: 600000 });
  return stdout;
}

async function deployChecked(environment, ref) {
  if (!ENVIRONMENTS.has(environment) || !/^[0-9a-f]{7,40}$/.test(ref)) {
    throw new Error('refusing to deploy');
  }
  const { stdout } = await execFileAsync('./scripts/deploy.sh', [environment, ref], { timeout: 600000 });
  return stdout;
}

module.exports = { deploy, deployChecked };
