import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '../prisma';

export const getSearchParams = (url: string) => {
  const params: Record<string, string> = {};
  new URL(url).searchParams.forEach((value, key) => {
    params[key] = value;
  });
  return params;
};

type Handler = (args: { req: NextRequest; workspace: { id: string; slug: string }; searchParams: Record<string, string>; headers: Headers }) => Promise<Response>;

export const withWorkspace = (handler: Handler) => async (req: NextRequest) => {
  const searchParams = getSearchParams(req.url);
  const apiKey = req.headers.get('authorization')?.replace('Bearer ', '');
  const slug = searchParams.workspaceId || searchParams.projectSlug;
  const workspace = await prisma.project.findFirst({ where: { slug, users: { some: { user: { tokens: { some: { hashedKey: apiKey } } } } } } });
  if (!workspace) {
    return NextResponse.json({ error: { code: 'not_found', message: 'Workspace not found.' } }, { status: 404 });
  }
  const headers = new Headers({ 'X-Workspace': workspace.slug });
  return handler({ req, workspace, searchParams, headers });
};
