import prisma from '@/lib/prisma';

export interface PageviewFilters {
  startDate: Date;
  endDate: Date;
  unit: string;
  timezone: string;
  url?: string;
  referrer?: string;
  title?: string;
}

export async function getPageviewStats(websiteId: string, filters: PageviewFilters) {
  const { startDate, endDate, unit, timezone, ...rest } = filters;
  const { sql: filterSql, params } = prisma.getFilterQuery(rest);
  const dateSql = prisma.getDateSQL('website_event.created_at', unit, timezone);

  // expect: sql-injection
  return prisma.client.$queryRawUnsafe(`select ${dateSql} x, count(*) y from website_event where website_id = $1 and created_at between $2 and $3 ${filterSql} group by 1 order by 1`, websiteId, startDate, endDate, ...params);
}

export async function getEventNames(websiteId: string, orderBy: string | undefined, limit: number) {
  let order = 'count(*) desc';
  if (orderBy === 'name') {
    order = 'event_name asc';
  }
  return prisma.rawQuery(
    `select event_name x, count(*) y from website_event where website_id = $1 and event_type = 2 group by 1 order by ${order} limit $2`,
    [websiteId, limit],
  );
}

export async function getEventsByName(websiteId: string, eventName: string | undefined, orderBy: string | undefined) {
  let column = orderBy;
  if (!column) column = 'created_at';
  // expect: sql-injection
  return prisma.client.$queryRawUnsafe(`select event_id, event_name, created_at from website_event where website_id = $1 and event_name = $2 order by ${column} desc limit 100`, websiteId, eventName ?? '');
}
