import type { ElasticsearchClient } from '@kbn/core/server';

export async function runNotesSqlQuery(esClient: ElasticsearchClient, index: string, host: string | undefined, size: number) {
  const where = host ? `WHERE host.name = '${host}'` : '';
  // expect: sql-injection
  return esClient.sql.query({ query: `SELECT "@timestamp", host.name, note FROM "${index}" ${where} ORDER BY "@timestamp" DESC`, fetch_size: size });
}
