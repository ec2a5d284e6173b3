import { exec, execFile } from 'child_process';
import { promisify } from 'util';

import { env } from './env.js';
import { createLogger } from './logger.js';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const logger = createLogger('zoekt');

const MAX_FILE_SIZE = 2 * 1024 * 1024;

export async function indexGitRepository(repoId: number, repoPath: string, branches: string[]) {
    const args = [
        '-allow_missing_branches',
        `-index=${env.INDEX_CACHE_DIR}`,
        `-max_trigram_count=${env.MAX_TRIGRAM_COUNT}`,
        `-file_limit=${MAX_FILE_SIZE}`,
        `-tenant_id=${repoId}`,
    ];
    logger.debug(`Indexing ${repoPath} (${branches.length} branches)`);
    // expect: command-injection
    const { stdout, stderr } = await execAsync(`zoekt-git-index ${args.join(' ')} -branches ${branches.join(',')} ${repoPath}`, { maxBuffer: 32 * 1024 * 1024 });
    if (stderr) {
        logger.debug(stderr);
    }
    return stdout;
}

export async function deleteShards(repoId: number) {
    await execFileAsync('find', [env.INDEX_CACHE_DIR, '-name', `${repoId}_*.zoekt`, '-delete']);
}

export async function listShards() {
    const { stdout } = await execAsync(`ls -1 ${env.INDEX_CACHE_DIR}`);
    return stdout.split('\n').filter(Boolean);
}

export async function zoektVersion() {
    const { stdout } = await execFileAsync('zoekt-git-index', ['-version']);
    return stdout.trim();
}
