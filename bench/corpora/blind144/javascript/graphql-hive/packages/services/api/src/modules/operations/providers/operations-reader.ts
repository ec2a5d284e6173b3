import { Injectable } from 'graphql-modules';
import { ClickHouse } from '../../shared/providers/clickhouse-client';

@Injectable({ global: true })
export class OperationsReader {
  constructor(private clickHouse: ClickHouse) {}

  async countOperations({ target, clientName }: { target: string; clientName: string }) {
    const rows = await this.clickHouse.query<{ total: number }>({
      queryId: 'count_operations',
      query: 'SELECT count() AS total FROM operations WHERE target = {target:String} AND client_name = {clientName:String}',
      params: { target, clientName },
    });
    return rows[0]?.total ?? 0;
  }

  async countOperationsLike({ target, clientName }: { target: string; clientName: string }) {
    const rows = await this.clickHouse.query<{ total: number }>({
      queryId: 'count_operations_like',
      // expect: sql-injection
      query: `SELECT count() AS total FROM operations WHERE target = '${target}' AND client_name LIKE '%${clientName}%'`,
    });
    return rows[0]?.total ?? 0;
  }
}
