'use strict';

const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false, dialect: 'postgres' });

const STATUSES = new Set(['open', 'shipped', 'cancelled']);

function json(statusCode, body) {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

exports.handler = async function (event, context) {
  const params = event.queryStringParameters || {};
  const shopId = event.requestContext.authorizer.shopId;

  if (event.resource === '/orders/search') {
    // expect: sql-injection
    const rows = await sequelize.query(`SELECT id, number, total FROM orders WHERE shop_id = ${shopId} AND customer_email = '${params.email}'`, { type: QueryTypes.SELECT });
    return json(200, rows);
  }

  if (event.resource === '/orders') {
    const status = STATUSES.has(params.status) ? params.status : 'open';
    const rows = await sequelize.query(
      'SELECT id, number, total FROM orders WHERE shop_id = :shopId AND status = :status ORDER BY created_at DESC LIMIT 100',
      { replacements: { shopId, status }, type: QueryTypes.SELECT }
    );
    return json(200, rows);
  }

  if (event.resource === '/orders/{id}') {
    const rows = await sequelize.query('SELECT * FROM orders WHERE shop_id = $1 AND id = $2', {
      bind: [shopId, event.pathParameters.id],
      type: QueryTypes.SELECT,
    });
    return rows.length ? json(200, rows[0]) : json(404, { error: 'not found' });
  }

  context.callbackWaitsForEmptyEventLoop = false;
  return json(404, { error: 'unknown route' });
};
