import { Inject, Injectable, Logger } from '@nestjs/common';
import { Knex } from 'knex';
import { TENANCY_DB_CONNECTION } from '../Tenancy/TenancyDB/TenancyDB.constants';

const SORTABLE_COLUMNS = new Map<string, string>([
  ['date', 'transaction_date'],
  ['amount', 'amount'],
  ['contact', 'contact_name'],
]);

export interface TransactionsByContactOptions {
  fromDate: string;
  toDate: string;
  sortColumn: string;
  sortOrder: 'asc' | 'desc';
  contactName: string;
  strict: boolean;
}

@Injectable()
export class TransactionsByContactService {
  private readonly logger = new Logger(TransactionsByContactService.name);

  constructor(
    @Inject(TENANCY_DB_CONNECTION) private readonly tenantKnex: () => Knex,
  ) {}

  async getTransactions(organizationId: string, options: TransactionsByContactOptions) {
    const knex = this.tenantKnex();
    const direction = options.sortOrder === 'desc' ? 'desc' : 'asc';
    this.logger.debug(`report for ${organizationId.length} char org`);

    if (options.strict) {
      const column = SORTABLE_COLUMNS.get(options.sortColumn) ?? 'transaction_date';
      return knex('accounts_transactions')
        .whereBetween('transaction_date', [options.fromDate, options.toDate])
        .andWhereRaw('contact_name LIKE ?', [`%${options.contactName}%`])
        .orderBy(column, direction);
    }

    // expect: sql-injection
    const result = await knex.raw(`SELECT * FROM accounts_transactions WHERE transaction_date BETWEEN ? AND ? ORDER BY ${options.sortColumn} ${direction}`, [options.fromDate, options.toDate]);
    return result[0];
  }
}
