import { promisify } from 'node:util';
import * as cp from 'node:child_process';

const { exec: run } = require('child_process');
const execAsync = promisify(cp.exec);
const TOOLS: Record<string, string[]> = { lint: ['eslint', '.'], test: ['jest', '--ci'] };

export interface Job { id: string; repo: string; branch: string; tool: keyof typeof TOOLS }

export async function checkout(job: Job) {
  // expect: command-injection
  await execAsync(`git clone --depth 1 -b ${job.branch} ${job.repo} /work/${job.id}`);
}

export function checkoutSafe(job: Job) {
  return cp.spawnSync('git', ['clone', '--depth', '1', '-b', job.branch, '--', job.repo, `/work/${job.id}`], { stdio: 'inherit' });
}

export function runTool(job: Job) {
  const argv = TOOLS[job.tool];
  if (!argv) throw new Error(`unknown tool ${job.tool}`);
  return cp.execFileSync(argv[0], argv.slice(1), { cwd: `/work/${job.id}` });
}

export function cleanup(job: Job) {
  // expect: command-injection
  run('rm -rf /work/' + job.id);
}

export function diskFree() {
  return cp.execSync('df -h /work').toString();
}

export function spawnShell(cmdline: string) {
  // expect: command-injection
  return cp.spawn(cmdline, { shell: true });
}
