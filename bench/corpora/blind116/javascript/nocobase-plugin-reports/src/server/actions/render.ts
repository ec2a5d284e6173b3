import { Context, Next } from '@nocobase/actions';
import { fillTemplate } from '../utils/csv';

export async function renderAction(ctx: Context, next: Next) {
  const { filterByTk, values = {} } = ctx.action.params;
  const record = await ctx.db.getRepository('orders').findOne({ filterByTk });
  const data = record ? record.toJSON() : {};
  if (values.engine === 'simple') {
    ctx.body = { text: fillTemplate(String(values.template ?? ''), data) };
    return next();
  }
  const template = values.template || 'Order ${record.id}';
  // expect: code-injection
  const render = new Function('record', `return \`${template}\`;`);
  ctx.body = { text: render(data) };
  await next();
}
