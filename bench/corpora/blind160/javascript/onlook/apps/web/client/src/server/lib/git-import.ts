import { exec, execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const TEMPLATE_REPOS: Record<string, string> = {
    nextjs: 'https://github.com/onlook-dev/starter-nextjs.git',
    'vite-react': 'https://github.com/onlook-dev/starter-vite-react.git',
    astro: 'https://github.com/onlook-dev/starter-astro.git',
};

const BRANCH_PATTERN = /^[\w./-]{1,100}$/;

async function workDir(userId: string) {
    return mkdtemp(path.join(tmpdir(), `onlook-${userId.slice(0, 8)}-`));
}

export async function cloneTemplate(userId: string, template: string) {
    const repo = TEMPLATE_REPOS[template];
    if (!repo) throw new Error('Unknown template');
    const dir = await workDir(userId);
    await execFileAsync('git', ['clone', '--depth', '1', '--', repo, dir], { timeout: 60_000 });
    return dir;
}

export async function importFromGit(userId: string, repoUrl: string, branch: string) {
    const dir = await workDir(userId);
    const url = new URL(repoUrl);
    if (url.protocol === 'https:' && BRANCH_PATTERN.test(branch)) {
        await execFileAsync('git', ['clone', '--depth', '1', '--branch', branch, '--', url.href, dir], { timeout: 60_000 });
        return dir;
    }
    // expect: command-injection
    await execAsync(`git clone --depth 1 --branch ${branch} ${repoUrl} ${dir}`, { timeout: 60_000 });
    return dir;
}
