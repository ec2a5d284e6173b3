'use strict';

const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const SORTABLE = { created: 'created_at', total: 'total_cents' };

function response(statusCode, body) {
  return { statusCode, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

exports.handler = async function (event, context) {
  const qs = event.queryStringParameters || {};
  const customer = event.pathParameters.customerId;

  if (event.httpMethod === 'GET' && qs.status) {
    // expect: sql-injection
    const rows = await sequelize.query(`SELECT id, status, total_cents FROM orders WHERE customer_id = '${customer}' AND status = '${qs.status}'`, { type: QueryTypes.SELECT });
    return response(200, rows);
  }

  if (event.httpMethod === 'GET') {
    const sortColumn = SORTABLE[qs.sort] || 'created_at';
    const rows = await sequelize.query(
      `SELECT id, status, total_cents FROM orders WHERE customer_id = ? ORDER BY ${sortColumn} DESC LIMIT 50`,
      { replacements: [customer], type: QueryTypes.SELECT },
    );
    return response(200, rows);
  }

  if (event.httpMethod === 'PATCH') {
    const body = JSON.parse(event.body);
    // expect: sql-injection
    await sequelize.query('UPDATE orders SET note = \'' + body.note + '\' WHERE id = ' + body.orderId);
    return response(204, {});
  }

  if (event.httpMethod === 'DELETE') {
    const ids = (qs.ids || '').split(',');
    // expect: sql-injection
    await sequelize.query(`DELETE FROM order_drafts WHERE id IN (${ids.join(',')})`);
    return response(204, {});
  }

  const count = await sequelize.query('SELECT COUNT(*) AS n FROM orders', { type: QueryTypes.SELECT });
  context.callbackWaitsForEmptyEventLoop = false;
  return response(200, { count: count[0].n });
};
