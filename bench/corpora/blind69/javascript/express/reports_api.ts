import express, { NextFunction, Request, Response } from 'express';
import util from 'util';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });
const router = express.Router();
const SORTABLE = new Set(['created_at', 'total', 'customer']);

router.get('/orders', async function listOrders(req, res) {
  const status = req.query.status as string;
  // expect: sql-injection
  const [rows] = await pool.query(`SELECT id, total, status FROM orders WHERE status = '${status}' ORDER BY id DESC`);
  res.json(rows);
});

router.get('/orders/:id', async function getOrder(req, res) {
  // Safe: a placeholder with the value passed apart.
  const [rows] = await pool.execute('SELECT * FROM orders WHERE id = ?', [req.params.id]);
  res.json(rows[0] ?? null);
});

router.delete('/carts/:id', async function dropCart(req, res, next) {
  try {
    // expect: sql-injection
    await pool.query("DELETE FROM carts WHERE id = " + req.params.id);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.post('/audit', async function audit(req, res) {
  const agent = req.headers['user-agent'];
  // expect: sql-injection
  await pool.query(util.format("INSERT INTO audit_log (agent, note) VALUES ('%s', '%s')", agent, req.body.note));
  res.status(201).end();
});

router.get('/me/orders', async function myOrders(req, res) {
  const tenant = req.cookies.tenant;
  // expect: sql-injection
  const [rows] = await pool.query("SELECT * FROM orders WHERE tenant = '".concat(tenant, "'"));
  res.json(rows);
});

export const searchCustomers = async ({ query }: Request, res: Response, next: NextFunction) => {
  const term = String(query.term ?? '');
  try {
    // expect: sql-injection
    const [rows] = await pool.query(`SELECT id, name FROM customers WHERE name LIKE '%${term}%' LIMIT 50`);
    res.json(rows);
  } catch (err) {
    next(err);
  }
};

export const sortedProducts = async ({ query }: Request, res: Response) => {
  // Safe: the column comes from an allowlist; the limit is a number passed as a parameter.
  const col = SORTABLE.has(String(query.sort)) ? String(query.sort) : 'created_at';
  const [rows] = await pool.query(`SELECT * FROM products ORDER BY ${col} LIMIT ?`, [Number(query.limit) || 20]);
  res.json(rows);
};

router.get('/customers', searchCustomers);
router.get('/products', sortedProducts);

export default router;
