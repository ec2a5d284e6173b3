import knexFactory, { Knex } from 'knex';
import { QueryTypes, Sequelize } from 'sequelize';

export const knex: Knex = knexFactory({
  client: 'pg',
  connection: process.env.BILLING_DB_URL,
  pool: { min: 0, max: 8 },
});

export const sequelize = new Sequelize(process.env.BILLING_DB_URL ?? '', { logging: false });

export class InvoiceDao {
  async byCustomer(customerId: string, status: string) {
    // expect: sql-injection
    return knex.raw(`SELECT id, total, status FROM invoices WHERE customer_id = '${customerId}' AND status = ?`, [status]);
  }

  async byCustomerBound(customerId: string, status: string) {
    return knex.raw('SELECT id, total, status FROM invoices WHERE customer_id = ? AND status = ?', [customerId, status]);
  }

  async overdue(days: number) {
    return knex('invoices').where('due_at', '<', knex.raw(`now() - interval '${days} days'`)).select('id', 'total');
  }

  async totals(groupField: string) {
    const sql = 'SELECT ' + groupField + ', SUM(total) AS amount FROM invoices GROUP BY ' + groupField;
    // expect: sql-injection
    return sequelize.query(sql, { type: QueryTypes.SELECT });
  }

  async byNumber(invoiceNumber: string) {
    return sequelize.query('SELECT * FROM invoices WHERE number = :invoiceNumber', {
      replacements: { invoiceNumber },
      type: QueryTypes.SELECT,
    });
  }
}
