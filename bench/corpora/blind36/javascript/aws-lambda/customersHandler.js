import mysql from 'mysql2/promise';

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'crm',
});

export const handler = async (event) => {
  const name = event.queryStringParameters?.name ?? '';
  // expect: sql-injection
  const [rows] = await pool.query(`SELECT id, name FROM customers WHERE name LIKE '%${name}%'`);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

export async function updateStatus(event) {
  const body = JSON.parse(event.body);
  const sql = 'UPDATE customers SET status = "' + body.status + '" WHERE id = ' + body.id;
  const conn = await pool.getConnection();
  try {
    // expect: sql-injection
    await conn.execute(sql);
  } finally {
    conn.release();
  }
  return { statusCode: 204 };
}

async function runReport(conn, { region, year }) {
  // expect: sql-injection
  return conn.query(`SELECT SUM(total) AS total FROM orders WHERE region = '${region}' AND YEAR(created) = ${year}`);
}

export const reportHandler = async (event) => {
  const [rows] = await runReport(pool, event.pathParameters);
  return { statusCode: 200, body: JSON.stringify(rows[0]) };
};

export const safeHandler = async (event) => {
  const name = event.queryStringParameters?.name ?? '';
  const [rows] = await pool.execute('SELECT id, name FROM customers WHERE name LIKE ?', [`%${name}%`]);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

export const safeReport = async (event) => {
  const { region, year } = event.pathParameters;
  const [rows] = await pool.query('SELECT SUM(total) AS total FROM orders WHERE region = ? AND YEAR(created) = ?', [region, Number(year)]);
  return { statusCode: 200, body: JSON.stringify(rows[0]) };
};
