import express, { Request, Response, NextFunction } from 'express';
import util from 'util';
import { pool } from '../db';
import { logger } from '../logger';

const app = express.Router();

app.get('/reports/customers', async function (req, res) {
  // expect: sql-injection
  const sql = "SELECT id, name FROM customers WHERE country = '" + req.query.country + "'";
  const { rows } = await pool.query(sql);
  res.json(rows);
});

app.delete('/reports/:id', async function (req, res) {
  // expect: sql-injection
  await pool.query('DELETE FROM saved_reports WHERE id = '.concat(req.params.id));
  res.status(204).end();
});

app.post('/reports/table', async function (req, res) {
  // expect: sql-injection
  const { rows } = await pool.query(util.format('SELECT * FROM %s LIMIT 100', req.body.table));
  res.json(rows);
});

export const renameReport = async ({ body, params }: Request, res: Response, next: NextFunction) => {
  try {
    // expect: sql-injection
    await pool.query(`UPDATE saved_reports SET title = '${body.title}' WHERE id = ${params.id}`);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
};

app.get('/reports/search', async function (req, res) {
  const { rows } = await pool.query('SELECT id, title FROM saved_reports WHERE title ILIKE $1', [`%${req.query.q}%`]);
  res.json(rows);
});

app.post('/reports/:id/refresh', async function (req, res) {
  logger.info(`Update for report ${req.params.id} queued by ${req.headers['x-user-id']}`);
  res.status(202).json({ message: `Please select ${Number(req.body.count) || 1} recipients next` });
});

app.put('/reports/:id/owner', renameReport);

export default app;
