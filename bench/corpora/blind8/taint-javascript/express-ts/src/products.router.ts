// library: Express (TypeScript) / mysql2 / express-validator
import { Router, Request, Response } from 'express';
import { query, validationResult } from 'express-validator';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.MYSQL_URL });
export const products = Router();

const COLUMNS: Record<string, string> = { name: 'name', price: 'price', created: 'created_at' };

products.get('/products', query('category').isAlphanumeric(), async (req: Request, res: Response) => {
  if (!validationResult(req).isEmpty()) return res.status(400).end();
  const [rows] = await pool.execute('SELECT * FROM products WHERE category = ?', [req.query.category]);
  res.json(rows);
});

products.get('/products/search', async (req: Request, res: Response) => {
  const term = (req.query.term as string) ?? '';
  // expect: sql-injection
  const [rows] = await pool.query("SELECT * FROM products WHERE name LIKE '%" + term + "%'");
  res.json(rows);
});

products.get('/products/sorted', async (req: Request, res: Response) => {
  const col = COLUMNS[String(req.query.by)] ?? 'name';
  const [rows] = await pool.query(`SELECT * FROM products ORDER BY ${col}`);
  res.json(rows);
});

products.get('/products/sorted-raw', async (req: Request, res: Response) => {
  const by = String(req.query.by ?? 'name');
  // expect: sql-injection
  const [rows] = await pool.query(`SELECT * FROM products ORDER BY ${by}`);
  res.json(rows);
});

products.get('/products/:id/label', async (req: Request, res: Response) => {
  const [rows]: any = await pool.execute('SELECT name FROM products WHERE id = ?', [Number(req.params.id)]);
  const note = req.query.note ?? '';
  res.type('html');
  // expect: xss
  res.send(`<label>${rows[0]?.name}</label><small>${note}</small>`);
});
