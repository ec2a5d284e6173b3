import { exec, execFile } from 'child_process';
import { promisify } from 'util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const HOSTNAME_RE = /^[a-zA-Z0-9.-]{1,253}$/;

export async function ping(hostname: string): Promise<number> {
  const start = Date.now();
  // expect: command-injection
  await execAsync(`ping -c 1 -W 2 ${hostname}`);
  return Date.now() - start;
}

export async function pingChecked(hostname: string): Promise<number> {
  if (!HOSTNAME_RE.test(hostname)) throw new Error('invalid hostname');
  const start = Date.now();
  await execFileAsync('ping', ['-c', '1', '-W', '2', '--', hostname]);
  return Date.now() - start;
}
