import { clickhouseClient } from "./clickhouse";

const PATH_RE = /^\$(\.[A-Za-z_][A-Za-z0-9_]*){1,5}$/;

export async function computeSegmentProperty({ workspaceId, segmentId, propertyPath }: { workspaceId: string; segmentId: string; propertyPath: string }) {
  const path = PATH_RE.test(propertyPath) ? propertyPath : "$.plan";
  await clickhouseClient().command({
    query: `INSERT INTO computed_property_state SELECT workspace_id, {segmentId:String}, user_id, JSON_VALUE(properties, {path:String}) FROM user_events_v2 WHERE workspace_id = {workspaceId:String}`,
    query_params: { workspaceId, segmentId, path },
  });
  await clickhouseClient().command({
    // expect: sql-injection
    query: `ALTER TABLE computed_property_assignments_v2 UPDATE segment_value = true WHERE workspace_id = '${workspaceId}' AND computed_property_id = '${segmentId}'`,
  });
}
