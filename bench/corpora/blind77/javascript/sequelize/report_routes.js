const express = require('express');
const fileUpload = require('express-fileupload');
const { QueryTypes } = require('sequelize');
const db = require('../models');
const { sequelize } = db;

const router = express.Router();
router.use(fileUpload({ limits: { fileSize: 1 << 20 } }));

router.get('/reports/sales', async function (req, res) {
  const region = req.query.region;
  // expect: sql-injection
  const rows = await sequelize.query("SELECT day, SUM(total) AS total FROM sales WHERE region = '" + region + "' GROUP BY day", { type: QueryTypes.SELECT });
  res.json(rows);
});

router.get('/reports/customers/:id', async (req, res) => {
  // expect: sql-injection
  const [rows] = await db.sequelize.query(`SELECT * FROM customers WHERE id = ${req.params.id}`);
  res.json(rows[0] || null);
});

router.post('/reports/custom', function runCustom(req, res, next) {
  const { table, where } = req.body;
  const sql = 'SELECT * FROM ' + table + ' WHERE ' + where + ' LIMIT 500';
  sequelize
    // expect: sql-injection
    .query(sql, { type: QueryTypes.SELECT })
    .then((rows) => res.json(rows))
    .catch(next);
});

router.post('/reports/import', async (req, res) => {
  const script = req.files.script.data.toString('utf8');
  // expect: sql-injection
  await sequelize.query(script, { raw: true });
  res.sendStatus(204);
});

router.get('/reports/by-tag', async (req, res) => {
  const tags = String(req.headers['x-tags'] || '').split(',');
  const list = tags.map((t) => `'${t}'`).join(',');
  // expect: sql-injection
  res.json(await sequelize.query(`SELECT id, name FROM products WHERE tag IN (${list})`, { type: QueryTypes.SELECT }));
});

// Safe look-alikes: replacements, bind parameters, and a parseInt'ed limit.
router.get('/reports/top', async (req, res) => {
  const rows = await sequelize.query('SELECT * FROM products WHERE category = :category ORDER BY sold DESC', {
    replacements: { category: req.query.category },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
});

router.get('/reports/orders', async (req, res) => {
  const rows = await db.sequelize.query('SELECT * FROM orders WHERE customer_id = $1 AND status = $2', {
    bind: [req.query.customer, req.query.status],
    type: QueryTypes.SELECT,
  });
  const limit = parseInt(req.query.limit, 10) || 10;
  const latest = await sequelize.query(`SELECT id FROM orders ORDER BY id DESC LIMIT ${limit}`, { type: QueryTypes.SELECT });
  res.json({ rows, latest });
});

module.exports = router;
