import { NextResponse } from 'next/server';
import { withWorkspace } from '../../../lib/auth/workspace';
import { getLinksForWorkspace, getLinksByTag, getLinksQuerySchema } from '../../../lib/api/get-links';

// GET /api/links – get all links for a workspace
export const GET = withWorkspace(async ({ workspace, searchParams, headers }) => {
  if (searchParams.tagName) {
    const links = await getLinksByTag(workspace.id, searchParams.tagName);
    return NextResponse.json(links, { headers });
  }
  const { domain, search, sort } = getLinksQuerySchema.parse(searchParams);
  const links = await getLinksForWorkspace({ workspaceId: workspace.id, domain, search, sort });
  return NextResponse.json(links, { headers });
});
