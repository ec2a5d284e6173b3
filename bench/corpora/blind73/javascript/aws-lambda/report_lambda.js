'use strict';

const { Sequelize, QueryTypes } = require('sequelize');
const { Order } = require('./models');

const sequelize = new Sequelize(process.env.DATABASE_URL, {
  dialect: 'postgres',
  logging: false,
  dialectOptions: { ssl: { require: true, rejectUnauthorized: true } },
});

const ALLOWED_SORT = { newest: 'created_at DESC', oldest: 'created_at ASC', total: 'total_cents DESC' };

function orderClause(sort) {
  return ' ORDER BY ' + sort;
}

function json(statusCode, body) {
  return { statusCode, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

async function handle(event) {
  const params = event.queryStringParameters || {};

  if (event.resource === '/orders/{id}') {
    const rows = await sequelize.query(
      // expect: sql-injection
      `SELECT * FROM orders WHERE id = '${event.pathParameters.id}'`,
      { type: QueryTypes.SELECT }
    );
    return json(200, rows[0] || null);
  }

  if (event.resource === '/orders/search') {
    const { q } = params;
    // expect: sql-injection
    const rows = await sequelize.query("SELECT id, customer_name FROM orders WHERE customer_name ILIKE '%" + q + "%'", { type: QueryTypes.SELECT });
    return json(200, rows);
  }

  if (event.httpMethod === 'PATCH') {
    const body = JSON.parse(event.body);
    const sql = 'UPDATE orders SET status = \'' + body.status + '\' WHERE id = ' + body.id;
    // expect: sql-injection
    await sequelize.query(sql, { type: QueryTypes.UPDATE });
    return json(204, null);
  }

  if (event.resource === '/orders') {
    // expect: sql-injection
    const rows = await sequelize.query('SELECT id, total_cents FROM orders' + orderClause(params.sort), { type: QueryTypes.SELECT });
    return json(200, rows);
  }

  if (event.resource === '/orders/by-region') {
    const rows = await sequelize.query('SELECT id FROM orders WHERE region = :region', {
      replacements: { region: params.region },
      type: QueryTypes.SELECT,
    });
    return json(200, rows);
  }

  if (event.resource === '/orders/recent') {
    const order = ALLOWED_SORT[params.sort] || ALLOWED_SORT.newest;
    const rows = await sequelize.query(`SELECT id FROM orders WHERE customer_id = $1 ORDER BY ${order} LIMIT 20`, {
      bind: [params.customerId],
      type: QueryTypes.SELECT,
    });
    return json(200, rows);
  }

  const open = await Order.findAll({ where: { status: params.status || 'open' }, limit: 50 });
  return json(200, open);
}

exports.handler = handle;
