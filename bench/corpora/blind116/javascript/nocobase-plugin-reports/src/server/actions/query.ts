import { Context, Next } from '@nocobase/actions';

const GROUPABLE = ['status', 'createdById', 'category'];

export async function queryAction(ctx: Context, next: Next) {
  const { values = {} } = ctx.action.params;
  const collection = ctx.db.getCollection(values.collection ?? 'orders');
  const groupBy = values.groupBy || 'status';
  const sequelize = ctx.db.sequelize;
  // expect: sql-injection
  const [rows] = await sequelize.query(`SELECT ${groupBy} AS dimension, COUNT(*) AS total FROM "${collection.model.tableName}" GROUP BY ${groupBy}`);
  ctx.logger.info('reports:query', { groupBy, locale: ctx.state.reportLocale });
  ctx.body = rows;
  await next();
}

export async function queryStrictAction(ctx: Context, next: Next) {
  const { values = {}, filterByTk } = ctx.action.params;
  const groupBy = GROUPABLE.includes(values.groupBy) ? values.groupBy : 'status';
  const [rows] = await ctx.db.sequelize.query(`SELECT "${groupBy}" AS dimension, COUNT(*) AS total FROM "orders" WHERE "reportId" = :id GROUP BY "${groupBy}"`, { replacements: { id: filterByTk } });
  ctx.body = rows;
  await next();
}
