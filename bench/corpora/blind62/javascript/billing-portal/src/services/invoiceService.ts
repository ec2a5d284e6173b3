import { promises as fs, createReadStream } from 'node:fs';
import path from 'node:path';
import { sequelize, QueryTypes } from '../lib/db';
import { AccountRef } from '../plugins/account';

const INVOICE_DIR = process.env.INVOICE_DIR ?? '/var/lib/billing/invoices';
const YEAR_RE = /^\d{4}$/;

export interface InvoiceRow {
  id: number;
  number: string;
  total_cents: number;
  issued_at: string;
  pdf_file: string;
}

export class InvoiceService {
  list(account: AccountRef, year?: string) {
    const where = ['account_id = :accountId'];
    const replacements: Record<string, unknown> = { accountId: account.id };
    if (year && YEAR_RE.test(year)) {
      where.push('YEAR(issued_at) = :year');
      replacements.year = Number(year);
    }
    return sequelize.query<InvoiceRow>(`SELECT id, number, total_cents, issued_at FROM invoices WHERE ${where.join(' AND ')} ORDER BY issued_at DESC`, {
      replacements,
      type: QueryTypes.SELECT,
    });
  }

  async totalsIn(account: AccountRef) {
    const currency = account.displayCurrency;
    const sql = `SELECT SUM(total_cents * r.rate) AS total FROM invoices i JOIN fx_rates r ON r.code = '${currency}' WHERE i.account_id = ${account.id}`;
    // expect: sql-injection
    const [row] = await sequelize.query(sql, { type: QueryTypes.SELECT });
    return { currency, total: (row as any)?.total ?? 0 };
  }

  async totalsInSafe(account: AccountRef) {
    const [row] = await sequelize.query('SELECT SUM(total_cents * r.rate) AS total FROM invoices i JOIN fx_rates r ON r.code = ? WHERE i.account_id = ?', {
      replacements: [account.displayCurrency, account.id],
      type: QueryTypes.SELECT,
    });
    return { currency: account.displayCurrency, total: (row as any)?.total ?? 0 };
  }

  pdfStream(account: AccountRef, fileName: string) {
    const file = path.join(INVOICE_DIR, String(account.id), fileName);
    // expect: path-traversal
    return createReadStream(file);
  }

  async pdfStreamSafe(account: AccountRef, invoiceId: number) {
    const rows = await sequelize.query<InvoiceRow>('SELECT pdf_file FROM invoices WHERE id = ? AND account_id = ?', {
      replacements: [invoiceId, account.id],
      type: QueryTypes.SELECT,
    });
    if (!rows[0]) return null;
    const file = path.join(INVOICE_DIR, String(account.id), path.basename(rows[0].pdf_file));
    await fs.access(file);
    return createReadStream(file);
  }
}
