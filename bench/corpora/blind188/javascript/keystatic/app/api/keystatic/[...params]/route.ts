import { NextRequest, NextResponse } from 'next/server';
import config from '../../../../keystatic.config';
import { handleBlob, handleTree, handleUpdate } from '../../../../lib/keystatic/local-api';
import { handleGitHubCallback, handleGitHubLogin } from '../../../../lib/keystatic/github-oauth';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * The admin UI's API. Local mode reads and writes the content directory;
 * GitHub mode only signs in and proxies nothing.
 */
async function route(req: NextRequest, { params }: { params: { params: string[] } }) {
  const [action, ...rest] = params.params;
  if (config.storage.kind !== 'local' && action !== 'github') {
    return NextResponse.json({ error: 'not available in GitHub mode' }, { status: 404 });
  }

  switch (action) {
    case 'tree':
      return req.method === 'GET' ? handleTree() : methodNotAllowed();
    case 'blob':
      return req.method === 'GET' ? handleBlob(rest[0], rest.slice(1).join('/')) : methodNotAllowed();
    case 'update':
      return req.method === 'POST' ? handleUpdate(req) : methodNotAllowed();
    case 'github':
      if (rest[0] === 'login') return handleGitHubLogin(req);
      if (rest[0] === 'oauth' && rest[1] === 'callback') return handleGitHubCallback(req);
      return NextResponse.json({ error: 'not found' }, { status: 404 });
    default:
      return NextResponse.json({ error: 'not found' }, { status: 404 });
  }
}

function methodNotAllowed() {
  return NextResponse.json({ error: 'method not allowed' }, { status: 405 });
}

export { route as GET, route as POST };
