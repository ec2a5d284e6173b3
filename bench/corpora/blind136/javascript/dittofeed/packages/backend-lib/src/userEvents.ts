import { clickhouseClient, ClickHouseQueryBuilder } from "./clickhouse";

export async function findManyEvents({ workspaceId, searchTerm, limit }: { workspaceId: string; searchTerm: string; limit: number }) {
  const qb = new ClickHouseQueryBuilder();
  const workspaceParam = qb.addQueryValue(workspaceId, "String");
  const searchParam = qb.addQueryValue(`%${searchTerm}%`, "String");
  const resultSet = await clickhouseClient().query({
    query: `SELECT message_id, event, event_time FROM user_events_v2 WHERE workspace_id = ${workspaceParam} AND event ILIKE ${searchParam} ORDER BY event_time DESC LIMIT ${Number(limit)}`,
    query_params: qb.getQueries(),
    format: "JSONEachRow",
  });
  return resultSet.json();
}

export async function countEventsByName({ workspaceId, eventName }: { workspaceId: string; eventName: string }) {
  const resultSet = await clickhouseClient().query({
    // expect: sql-injection
    query: `SELECT count() AS count FROM user_events_v2 WHERE workspace_id = {workspaceId:String} AND event = '${eventName}'`,
    query_params: { workspaceId },
    format: "JSONEachRow",
  });
  return resultSet.json();
}
