const express = require('express');
const { pool, promisePool, tableFor, safeTableFor } = require('../lib/db');

const router = express.Router();
const SORTABLE = { created_at: 'created_at', total: 'total', customer: 'customer_name' };

router.get('/', async (req, res, next) => {
  try {
    const table = tableFor(req.tenant, 'invoices');
    const { pageSize, offset } = res.locals;
    // expect: sql-injection
    const [rows] = await promisePool.query(`SELECT id, customer_name, total FROM ${table} ORDER BY created_at DESC LIMIT ${pageSize} OFFSET ${offset}`);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/sorted', async (req, res, next) => {
  try {
    const table = safeTableFor(req.tenant, 'invoices');
    const column = SORTABLE[res.locals.sort] || 'created_at';
    const [rows] = await promisePool.query(`SELECT id, customer_name, total FROM ${table} ORDER BY ${column} ${res.locals.direction} LIMIT ? OFFSET ?`, [
      res.locals.pageSize,
      res.locals.offset,
    ]);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/by-sort', (req, res, next) => {
  const table = safeTableFor(req.tenant, 'invoices');
  // res.locals.sort is the raw ?sort= value (middleware/list-defaults.js)
  // expect: sql-injection
  pool.query(`SELECT id, total FROM ${table} ORDER BY ${res.locals.sort} LIMIT 50`, (err, rows) => {
    if (err) return next(err);
    res.json(rows);
  });
});

router.get('/customer/:name', (req, res, next) => {
  const table = safeTableFor(req.tenant, 'invoices');
  pool.execute(`SELECT id, total FROM ${table} WHERE customer_name = ?`, [req.params.name], (err, rows) => {
    if (err) return next(err);
    res.json(rows);
  });
});

router.get('/plan-limits', async (req, res) => {
  const [rows] = await promisePool.query(`SELECT * FROM plan_limits WHERE plan = '${req.tenant.plan}'`);
  res.json(rows[0] || {});
});

router.post('/archive', async (req, res, next) => {
  const table = safeTableFor(req.tenant, 'invoices');
  const conn = await promisePool.getConnection();
  let year = req.body.year;
  try {
    await conn.beginTransaction();
    // expect: sql-injection
    await conn.query(`INSERT INTO archived_invoices SELECT * FROM ${table} WHERE YEAR(created_at) = ${year}`);
    await conn.commit();
  } catch (err) {
    await conn.rollback();
    year = null;
    return next(err);
  } finally {
    conn.release();
  }
  res.json({ archived: year });
});

router.post('/archive-checked', async (req, res, next) => {
  const table = safeTableFor(req.tenant, 'invoices');
  const year = Number.parseInt(req.body.year, 10);
  if (Number.isNaN(year)) {
    return res.status(400).json({ error: 'year must be a number' });
  }
  const conn = await promisePool.getConnection();
  try {
    await conn.beginTransaction();
    await conn.query(`INSERT INTO archived_invoices SELECT * FROM ${table} WHERE YEAR(created_at) = ${year}`);
    await conn.commit();
  } catch (err) {
    await conn.rollback();
    return next(err);
  } finally {
    conn.release();
  }
  res.json({ archived: year });
});

module.exports = router;
