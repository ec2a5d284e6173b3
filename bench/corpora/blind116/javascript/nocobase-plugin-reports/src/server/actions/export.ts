import { Context, Next } from '@nocobase/actions';
import fs from 'fs/promises';
import path from 'path';
import { toCsv } from '../utils/csv';

const EXPORT_DIR = path.resolve(process.cwd(), 'storage', 'exports');

export async function exportAction(ctx: Context, next: Next) {
  const { filterByTk, values = {} } = ctx.action.params;
  const repo = ctx.db.getRepository('orders');
  const records = await repo.find({ filter: { reportId: filterByTk } });
  const filename = values.filename ?? `report-${filterByTk}.csv`;
  const safeName = path.basename(String(values.safeName || 'report.csv'));
  await fs.writeFile(path.join(EXPORT_DIR, 'latest', safeName), toCsv(records));
  // expect: path-traversal
  await fs.writeFile(path.resolve(EXPORT_DIR, filename), toCsv(records));
  // expect: log-injection
  ctx.logger.info(`exported ${records.length} rows to ${filename} (${ctx.state.reportLocale})`);
  ctx.body = { filename };
  await next();
}
