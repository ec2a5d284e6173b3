'use strict';

const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const Order = require('./models/order')(sequelize);

async function handler(event, context) {
  const { id } = event.pathParameters;
  const qs = event.queryStringParameters || {};

  // expect: sql-injection
  const [order] = await sequelize.query('SELECT * FROM orders WHERE id = ' + id, { type: QueryTypes.SELECT });

  const rows = await sequelize.query(
    // expect: sql-injection
    `SELECT sku, qty FROM order_lines WHERE order_id = ${id} AND status = '${qs.status}'`,
    { type: QueryTypes.SELECT }
  );

  let report = 'SELECT date_trunc(\'day\', created_at) AS day, count(*) FROM orders';
  if (qs.customer) {
    report += " WHERE customer_email = '" + qs.customer + "'";
  }
  report += ' GROUP BY 1 ORDER BY ' + (qs.sort || '1');
  // expect: sql-injection
  const daily = await sequelize.query(report, { type: QueryTypes.SELECT });

  const body = JSON.parse(event.body || '{}');
  // expect: sql-injection
  await sequelize.query(`UPDATE orders SET note = '${body.note}' WHERE id = ${id}`);

  const safeLines = await sequelize.query('SELECT sku, qty FROM order_lines WHERE order_id = ? AND status = ?', {
    replacements: [id, qs.status],
    type: QueryTypes.SELECT,
  });
  const recent = await Order.findAll({ where: { customerEmail: qs.customer }, limit: 20 });
  await sequelize.query('UPDATE orders SET note = $note WHERE id = $id', { bind: { note: body.note, id } });

  return { statusCode: 200, body: JSON.stringify({ order, rows, daily, safeLines, recent }) };
}

exports.handler = handler;
