import { Pool } from 'pg';
import mysql from 'mysql2/promise';
import { Sequelize, QueryTypes } from 'sequelize';
import type { Request, Response } from 'express';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const sequelize = new Sequelize(process.env.REPORTS_DB_URL ?? 'sqlite::memory:');
const SORT_COLUMNS = new Set(['created_at', 'total', 'status']);

export async function orderById(req: Request, res: Response) {
  const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows[0] ?? null);
}

export async function ordersByEmail(req: Request, res: Response) {
  const email = String(req.query.email);
  // expect: sql-injection
  const { rows } = await pool.query(`SELECT * FROM orders WHERE email = '${email}'`);
  res.json(rows);
}

export async function ordersByStatus(req: Request, res: Response) {
  const status = String(req.query.status);
  // expect: sql-injection
  const { rows } = await pool.query('SELECT id, total FROM orders WHERE status = \'' + status + '\'');
  res.json(rows);
}

export async function sortedOrders(req: Request, res: Response) {
  const col = String(req.query.sort ?? 'created_at');
  const column = SORT_COLUMNS.has(col) ? col : 'created_at';
  const { rows } = await pool.query(`SELECT id FROM orders ORDER BY ${column} DESC LIMIT $1`, [50]);
  res.json(rows);
}

export async function legacySearch(req: Request, res: Response) {
  const conn = await mysql.createConnection(process.env.LEGACY_DB_URL as string);
  // expect: sql-injection
  const [rows] = await conn.query("SELECT * FROM products WHERE name LIKE '%" + req.query.q + "%'");
  await conn.end();
  res.json(rows);
}

export async function legacySearchSafe(req: Request, res: Response) {
  const conn = await mysql.createConnection(process.env.LEGACY_DB_URL as string);
  const [rows] = await conn.execute('SELECT * FROM products WHERE name LIKE ?', [`%${req.query.q}%`]);
  await conn.end();
  res.json(rows);
}

export async function revenueByRegion(req: Request, res: Response) {
  const rows = await sequelize.query('SELECT region, SUM(total) AS t FROM orders WHERE year = :year GROUP BY region', {
    replacements: { year: Number(req.query.year) },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
}

export async function revenueForCustomer(req: Request, res: Response) {
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT SUM(total) AS t FROM orders WHERE customer = '${req.params.customer}'`, { type: QueryTypes.SELECT });
  res.json(rows);
}

export async function deleteOrders(req: Request, res: Response) {
  const ids: number[] = (req.body.ids as unknown[]).map(Number);
  const marks = ids.map((_, i) => `$${i + 1}`).join(', ');
  await pool.query(`DELETE FROM orders WHERE id IN (${marks})`, ids);
  res.sendStatus(204);
}

export async function tagOrder(req: Request, res: Response) {
  const tag = req.body.tag as string;
  // expect: sql-injection
  await pool.query("UPDATE orders SET tags = array_append(tags, '" + tag + "') WHERE id = " + req.params.id);
  res.sendStatus(204);
}

export async function countOrders(_req: Request, res: Response) {
  const { rows } = await pool.query('SELECT COUNT(*)::int AS n FROM orders');
  res.json(rows[0]);
}
