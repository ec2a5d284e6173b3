import express, { NextFunction, Request, Response } from 'express';

const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const router = express.Router();

router.get('/orders', async function listOrders(req, res) {
  const status = req.query.status;
  // expect: sql-injection
  const rows = await knex('orders').whereRaw(`status = '${status}'`).limit(50);
  res.json(rows);
});

router.get('/orders/export', async function exportOrders(req, res, next) {
  try {
    // expect: sql-injection
    const result = await knex.raw('SELECT * FROM orders WHERE created_at > ' + req.query.since);
    res.json(result.rows);
  } catch (err) {
    next(err);
  }
});

router.get('/orders/:id/lines', async ({ params }: Request, res: Response, next: NextFunction) => {
  // expect: sql-injection
  const lines = await knex.select('*').fromRaw(`order_lines WHERE order_id = ${params.id}`);
  res.json(lines);
});

router.post('/orders/search', async function searchOrders(req, res) {
  const { customer, sort } = req.body;
  // expect: sql-injection
  const rows = await knex('orders')
    .whereRaw("customer_email ILIKE '%" + customer + "%'")
    .orderBy(sort === 'oldest' ? 'created_at' : 'id', 'desc');
  res.json(rows);
});

router.get('/orders/by-customer', async function byCustomer(req, res) {
  const rows = await knex('orders').whereRaw('customer_id = ?', [req.query.customerId]);
  res.json(rows);
});

router.get('/orders/recent', async function recent(req, res) {
  const days = parseInt(String(req.query.days), 10) || 7;
  const rows = await knex.raw('SELECT * FROM orders WHERE created_at > now() - make_interval(days => ?)', [days]);
  res.json(rows.rows);
});

router.get('/orders/count', async function count(req, res) {
  const [{ n }] = await knex('orders').count({ n: '*' }).where({ status: req.query.status });
  res.json({ n });
});

export default router;
