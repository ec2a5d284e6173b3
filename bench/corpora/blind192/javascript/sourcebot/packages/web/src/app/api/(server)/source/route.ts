import { NextRequest } from 'next/server';
import { readFile } from 'fs/promises';
import path from 'path';

import { getAuthContext } from '@/lib/auth';
import { prisma } from '@/prisma';
import { env } from '@/env.mjs';

// GET /api/source?repo=<name>&path=<file>&ref=<branch>
export async function GET(request: NextRequest) {
    const auth = await getAuthContext(request);
    if (!auth) {
        return Response.json({ error: 'unauthorized' }, { status: 401 });
    }

    const params = request.nextUrl.searchParams;
    const repoName = params.get('repo');
    const filePath = params.get('path');
    if (!repoName || !filePath) {
        return Response.json({ error: 'repo and path are required' }, { status: 400 });
    }

    const repo = await prisma.repo.findFirst({ where: { name: repoName, orgId: auth.orgId } });
    if (!repo) {
        return Response.json({ error: 'repo not found' }, { status: 404 });
    }

    // Checked-out worktrees of small repos live under the data cache; serve from there when present.
    const worktree = path.join(env.DATA_CACHE_DIR, 'worktrees', String(repo.orgId), String(repo.id));
    // expect: path-traversal
    const source = await readFile(path.join(worktree, filePath), 'utf8').catch(() => null);
    if (source === null) {
        return Response.json({ error: 'file not found' }, { status: 404 });
    }

    const language = path.extname(filePath).slice(1) || 'text';
    return Response.json({ repo: repo.name, path: filePath, language, source });
}
