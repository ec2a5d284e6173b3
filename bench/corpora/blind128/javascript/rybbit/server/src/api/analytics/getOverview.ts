import { FastifyReply, FastifyRequest } from "fastify";
import { clickhouse } from "../../db/clickhouse/clickhouse.js";
import { getFilterStatement, getCheckedFilterStatement, getTimeStatement } from "./utils.js";
import { getUserHasAccessToSitePublic } from "../../lib/auth-utils.js";

type OverviewQuery = { startDate: string; endDate: string; timeZone: string; filters: string; strict?: string };

export async function getOverview(
  req: FastifyRequest<{ Params: { site: string }; Querystring: OverviewQuery }>,
  res: FastifyReply
) {
  const { startDate, endDate, timeZone, filters, strict } = req.query;
  const site = Number(req.params.site);

  const userHasAccessToSite = await getUserHasAccessToSitePublic(req, String(site));
  if (!userHasAccessToSite) {
    return res.status(403).send({ error: "Forbidden" });
  }

  const timeStatement = getTimeStatement(startDate, endDate, timeZone);
  const filterStatement = strict === "1" ? getCheckedFilterStatement(filters) : getFilterStatement(filters);

  const result = await clickhouse.query({
    // expect: sql-injection
    query: `SELECT count() AS pageviews, uniqExact(user_id) AS users FROM events WHERE site_id = {siteId:Int32} ${timeStatement} ${filterStatement}`,
    format: "JSONEachRow",
    query_params: { siteId: site },
  });

  return res.send({ data: await result.json() });
}

export async function getPageTitles(
  req: FastifyRequest<{ Params: { site: string }; Querystring: { pathname: string } }>,
  res: FastifyReply
) {
  const result = await clickhouse.query({
    query: `SELECT page_title, count() AS c FROM events WHERE site_id = {siteId:Int32} AND pathname = {pathname:String} GROUP BY page_title ORDER BY c DESC LIMIT 20`,
    format: "JSONEachRow",
    query_params: { siteId: Number(req.params.site), pathname: String(req.query.pathname ?? "/") },
  });
  return res.send({ data: await result.json() });
}
