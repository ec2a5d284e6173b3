// library: AWS Lambda (API Gateway event) + mysql2
const mysql = require('mysql2/promise');

let pool;
function db() {
  pool = pool || mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD, database: 'app' });
  return pool;
}

exports.getOrder = async (event) => {
  const id = event.pathParameters.id;
  // expect: sql-injection
  const [rows] = await db().query('SELECT * FROM orders WHERE id = ' + id);
  return { statusCode: 200, body: JSON.stringify(rows[0] || null) };
};

exports.getOrderSafe = async (event) => {
  const [rows] = await db().execute('SELECT * FROM orders WHERE id = ?', [event.pathParameters.id]);
  return { statusCode: 200, body: JSON.stringify(rows[0] || null) };
};

exports.search = async (event) => {
  const q = (event.queryStringParameters || {}).q || '';
  // expect: sql-injection
  const [rows] = await db().query(`SELECT * FROM orders WHERE note LIKE '%${q}%'`);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

exports.byCustomer = async (event) => {
  const body = JSON.parse(event.body || '{}');
  const [rows] = await db().query('SELECT * FROM orders WHERE customer = ?', [body.customer]);
  return { statusCode: 200, body: JSON.stringify(rows) };
};
