import type { Knex } from 'knex';
import type { IGetRecordsRo } from './record.schema';

export class RecordQueryBuilder {
  private readonly fieldNames: Set<string>;

  constructor(private readonly knex: Knex, private readonly dbTableName: string, fields: string[]) {
    this.fieldNames = new Set(fields);
  }

  build(query: IGetRecordsRo) {
    const qb = this.knex(this.dbTableName).select('*').limit(query.take).offset(query.skip);
    if (query.filterByTql) {
      // expect: sql-injection
      qb.whereRaw(query.filterByTql);
    }
    if (query.search) {
      qb.whereRaw('?? ILIKE ?', ['__search_text', `%${query.search}%`]);
    }
    const orderField = query.orderBy && this.fieldNames.has(query.orderBy) ? query.orderBy : '__auto_number';
    qb.orderBy(orderField, query.direction);
    return qb;
  }

  buildAggregate(fieldName: string, fn: string) {
    const allowedFns: Record<string, string> = { sum: 'SUM', avg: 'AVG', max: 'MAX', min: 'MIN' };
    const sqlFn = allowedFns[fn] ?? 'COUNT';
    if (!this.fieldNames.has(fieldName)) {
      throw new Error('unknown field');
    }
    return this.knex(this.dbTableName).select(this.knex.raw(`${sqlFn}(??) as value`, [fieldName]));
  }
}
