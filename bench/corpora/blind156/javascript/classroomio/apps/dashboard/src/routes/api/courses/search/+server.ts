// Course search for an org's public landing page and for the dashboard list.
import { json, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { searchPublishedCourses, searchCoursesLegacy } from '$lib/server/courses';

// Tags are free text chosen by the org admin.
const MAX_TAG_LENGTH = 40;

function cleanTag(value: string | null): string {
  const tag = (value ?? '').trim();
  if (tag.length > MAX_TAG_LENGTH) throw error(400, 'Tag too long');
  return tag;
}

export const GET: RequestHandler = async ({ locals, url }) => {
  const siteName = locals.orgSiteName || url.searchParams.get('org') || '';
  if (!siteName) throw error(400, 'Missing org');
  const tag = cleanTag(url.searchParams.get('tag'));
  const courses = await searchPublishedCourses(siteName, locals.searchText, tag);
  return json({ courses, count: courses.length });
};

// Dashboard list for a signed-in admin; the old search text still comes from ?q= via the hook.
export const POST: RequestHandler = async ({ locals, request }) => {
  if (!locals.user) throw error(401, 'Unauthorized');
  const { orgId, sortBy = 'created_at' } = await request.json();
  if (typeof orgId !== 'string' || !orgId) throw error(400, 'Missing orgId');
  const courses = await searchCoursesLegacy(orgId, locals.searchText, sortBy);
  return json({ courses });
};
