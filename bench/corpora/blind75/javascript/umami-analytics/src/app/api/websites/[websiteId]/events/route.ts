import { canViewWebsite } from '@/lib/auth';
import prisma from '@/lib/prisma';
import { parseRequest } from '@/lib/request';
import { json, unauthorized } from '@/lib/response';
import { eventsSchema } from '@/lib/schema';
import { getEventNames, getEventsByName } from '@/queries/sql/getPageviewStats';

export async function GET(request: Request, { params }: { params: Promise<{ websiteId: string }> }) {
  const { query, auth, error } = await parseRequest(request, eventsSchema);
  if (error) return error();

  const { websiteId } = await params;
  if (!auth || !canViewWebsite(auth, websiteId)) {
    return unauthorized();
  }

  const pageSize = query.pageSize ?? 20;
  if (!query.eventName) {
    const names = await getEventNames(websiteId, query.orderBy, pageSize);
    return json({ names });
  }

  const events = await getEventsByName(websiteId, query.eventName, query.orderBy);
  return json({ events });
}

export async function POST(request: Request, { params }: { params: Promise<{ websiteId: string }> }) {
  const { body, auth, error } = await parseRequest(request);
  if (error) return error();
  const { websiteId } = await params;
  if (!auth || !canViewWebsite(auth, websiteId)) {
    return unauthorized();
  }
  const eventName = typeof body?.eventName === 'string' ? body.eventName.slice(0, 50) : 'custom';
  const event = await prisma.client.websiteEvent.create({
    data: { websiteId, eventName, eventType: 2, urlPath: String(body?.url ?? '/').slice(0, 500) },
  });
  return json({ id: event.id });
}
