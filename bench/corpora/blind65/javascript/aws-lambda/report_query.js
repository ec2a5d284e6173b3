'use strict';

const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, {
  dialect: 'postgres',
  dialectOptions: { ssl: { require: true, rejectUnauthorized: true } },
  logging: false,
});

const TABLE = 'orders';

async function ordersByStatus(event, context) {
  const params = event.queryStringParameters || {};
  const status = params.status;
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT id, total FROM ${TABLE} WHERE status = '${status}'`, {
    type: QueryTypes.SELECT,
  });
  return { statusCode: 200, body: JSON.stringify(rows) };
}

exports.handler = ordersByStatus;

exports.search = async function (event) {
  const body = JSON.parse(event.body);
  let sql = 'SELECT id, name FROM customers WHERE 1=1';
  if (body.name) {
    sql += " AND name ILIKE '%" + body.name + "%'";
  }
  // expect: sql-injection
  const [rows] = await sequelize.query(sql);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

const sortRows = async (event) => {
  const { column, direction } = event.pathParameters;
  const query = 'SELECT * FROM invoices ORDER BY ' + column + ' ' + direction;
  // expect: sql-injection
  return sequelize.query(query, { type: QueryTypes.SELECT });
};
exports.sort = sortRows;

// Safe: replacements and bind parameters.
exports.byId = async function (event) {
  const id = event.pathParameters.id;
  const rows = await sequelize.query('SELECT * FROM orders WHERE id = :id', {
    replacements: { id },
    type: QueryTypes.SELECT,
  });
  const items = await sequelize.query('SELECT * FROM order_items WHERE order_id = $1', {
    bind: [id],
    type: QueryTypes.SELECT,
  });
  return { statusCode: 200, body: JSON.stringify({ order: rows[0], items }) };
};

// Safe: the column comes from an allowlist.
const SORTABLE = { created: 'created_at', total: 'total' };
exports.sorted = async (event) => {
  const col = SORTABLE[event.queryStringParameters.sort] || 'created_at';
  return sequelize.query(`SELECT * FROM orders ORDER BY ${col} DESC`, { type: QueryTypes.SELECT });
};
