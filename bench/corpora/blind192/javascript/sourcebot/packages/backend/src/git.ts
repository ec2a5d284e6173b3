import { simpleGit } from 'simple-git';
import { existsSync } from 'fs';
import path from 'path';

import { env } from './env.js';

interface RepoRecord {
    id: number;
    name: string;
    orgId: number;
}

export function getRepoPath(repo: RepoRecord): string {
    // Repos are stored by numeric id so names from the code host never reach the path.
    return path.join(env.DATA_CACHE_DIR, 'repos', String(repo.orgId), String(repo.id));
}

export async function cloneRepository(cloneUrl: string, repoPath: string) {
    const git = simpleGit();
    await git.clone(cloneUrl, repoPath, ['--bare', '--filter=blob:limit=2m', '--no-tags']);
    await simpleGit(repoPath).addConfig('remote.origin.fetch', '+refs/heads/*:refs/heads/*');
}

export async function fetchRepository(repoPath: string): Promise<boolean> {
    if (!existsSync(repoPath)) {
        return false;
    }
    await simpleGit(repoPath).fetch(['origin', '--prune', '--progress']);
    return true;
}

export async function listBranches(repoPath: string, pattern: string): Promise<string[]> {
    const result = await simpleGit(repoPath).branch(['--list', pattern]);
    return result.all;
}

export async function readBlob(repoPath: string, revision: string, filePath: string): Promise<string> {
    if (revision.startsWith('-')) {
        throw new Error('Invalid revision');
    }
    return simpleGit(repoPath).show([`${revision}:${filePath}`]);
}
