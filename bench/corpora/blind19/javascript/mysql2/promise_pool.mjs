// mysql2/promise: template literals in pool.query / connection.query, options-object form, execute
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ host: process.env.DB_HOST, user: 'app', database: 'crm', waitForConnections: true });

export async function findCustomerByEmail(email) {
  // expect: sql-injection
  const [rows] = await pool.query(`SELECT * FROM customers WHERE email = '${email}'`);
  return rows[0];
}

export async function listOrders(customerId, sortColumn) {
  // expect: sql-injection
  const [rows] = await pool.query({ sql: `SELECT * FROM orders WHERE customer_id = ? ORDER BY ${sortColumn}`, values: [customerId] });
  return rows;
}

export async function deleteNotes(ids) {
  const conn = await pool.getConnection();
  try {
    // expect: sql-injection
    await conn.query('DELETE FROM notes WHERE id IN (' + ids.join(',') + ')');
  } finally {
    conn.release();
  }
}

export async function findCustomerByEmailSafe(email) {
  const [rows] = await pool.execute('SELECT * FROM customers WHERE email = ?', [email]);
  return rows[0];
}

const SORTABLE = new Set(['created_at', 'total', 'status']);

export async function listOrdersSafe(customerId, sortColumn) {
  const col = SORTABLE.has(sortColumn) ? sortColumn : 'created_at';
  const [rows] = await pool.query(`SELECT * FROM orders WHERE customer_id = ? ORDER BY ${col}`, [customerId]);
  return rows;
}

export async function deleteNotesSafe(ids) {
  await pool.query('DELETE FROM notes WHERE id IN (?)', [ids.map(Number)]);
}
