// mysql2/promise: an inventory service (query vs execute, placeholders, identifiers)
import mysql from 'mysql2/promise';

const pool = mysql.createPool({
  uri: process.env.DATABASE_URL,
  waitForConnections: true,
  connectionLimit: 10,
});

export async function stockFor(sku) {
  const [rows] = await pool.execute('SELECT sku, qty, warehouse FROM stock WHERE sku = ?', [sku]);
  return rows;
}

export async function stockInWarehouse(warehouse) {
  // expect: sql-injection
  const [rows] = await pool.query(`SELECT sku, qty FROM stock WHERE warehouse = '${warehouse}'`);
  return rows;
}

export async function adjust(sku, delta, reason) {
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    await conn.execute('UPDATE stock SET qty = qty + ? WHERE sku = ?', [delta, sku]);
    await conn.execute('INSERT INTO stock_log (sku, delta, reason) VALUES (?, ?, ?)', [sku, delta, reason]);
    await conn.commit();
  } catch (e) {
    await conn.rollback();
    throw e;
  } finally {
    conn.release();
  }
}

export async function lowStock(threshold, orderBy) {
  const [rows] = await pool.query('SELECT sku, qty FROM stock WHERE qty < ? ORDER BY ??', [threshold, orderBy]);
  return rows;
}

export async function skusLike(prefix) {
  const sql = 'SELECT sku FROM stock WHERE sku LIKE "' + prefix + '%"';
  // expect: sql-injection
  const [rows] = await pool.execute(sql);
  return rows;
}

export async function bulkLookup(skus) {
  const [rows] = await pool.query('SELECT sku, qty FROM stock WHERE sku IN (?)', [skus]);
  return rows;
}

export async function bulkLookupJoined(skus) {
  const list = skus.map((s) => `'${s}'`).join(',');
  // expect: sql-injection
  const [rows] = await pool.query({ sql: `SELECT sku, qty FROM stock WHERE sku IN (${list})`, rowsAsArray: false });
  return rows;
}

export async function tableSize(table) {
  const [rows] = await pool.query('SELECT COUNT(*) AS n FROM ' + pool.escapeId(table));
  return rows[0].n;
}
