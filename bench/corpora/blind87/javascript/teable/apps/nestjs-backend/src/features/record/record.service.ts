import { Injectable } from '@nestjs/common';
import { InjectModel } from 'nest-knexjs';
import type { Knex } from 'knex';
import { RecordQueryBuilder } from './record-query.builder';
import type { IGetRecordsRo } from './record.schema';

@Injectable()
export class RecordService {
  constructor(@InjectModel('CUSTOM_KNEX') private readonly knex: Knex) {}

  private async builderFor(tableId: string) {
    const table = await this.knex('table_meta').where({ id: tableId }).first();
    const fields = await this.knex('field').where({ table_id: tableId }).pluck('db_field_name');
    return new RecordQueryBuilder(this.knex, table.db_table_name, fields);
  }

  async getRecords(tableId: string, query: IGetRecordsRo) {
    return (await this.builderFor(tableId)).build(query);
  }

  async aggregate(tableId: string, fieldName: string, fn: string) {
    return (await this.builderFor(tableId)).buildAggregate(fieldName, fn);
  }
}
