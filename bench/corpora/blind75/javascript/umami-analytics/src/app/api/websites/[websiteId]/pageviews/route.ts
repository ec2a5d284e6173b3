import { canViewWebsite } from '@/lib/auth';
import { parseRequest } from '@/lib/request';
import { json, unauthorized } from '@/lib/response';
import { pageviewsSchema } from '@/lib/schema';
import { getPageviewStats } from '@/queries/sql/getPageviewStats';

export async function GET(request: Request, { params }: { params: Promise<{ websiteId: string }> }) {
  const { query, auth, error } = await parseRequest(request, pageviewsSchema);
  if (error) {
    return error();
  }

  const { websiteId } = await params;
  if (!auth || !canViewWebsite(auth, websiteId)) {
    return unauthorized();
  }

  const { startAt, endAt, unit, timezone, url, referrer, title } = query;
  const filters = {
    startDate: new Date(startAt),
    endDate: new Date(endAt),
    unit,
    timezone,
    url,
    referrer,
    title,
  };

  const pageviews = await getPageviewStats(websiteId, filters);
  return json({ pageviews });
}
