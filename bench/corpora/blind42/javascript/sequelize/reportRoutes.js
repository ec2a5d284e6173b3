const express = require('express');
const { Sequelize, QueryTypes } = require('sequelize');
const db = require('../models');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const router = express.Router();

router.get('/orders', function listOrders(req, res) {
  const status = req.query.status;
  // expect: sql-injection
  sequelize.query(`SELECT * FROM orders WHERE status = '${status}'`, { type: QueryTypes.SELECT })
    .then((rows) => res.json(rows));
});

router.get('/users/:id/posts', async function posts(req, res) {
  let sql = 'SELECT id, title FROM posts WHERE author_id = ' + req.params.id;
  if (req.query.sort) {
    sql += ' ORDER BY ' + req.query.sort;
  }
  // expect: sql-injection
  const [rows] = await db.sequelize.query(sql);
  res.json(rows);
});

router.post('/search', async function search(req, res) {
  const { term, table } = req.body;
  const query = 'SELECT * FROM ' + table + " WHERE name LIKE '%" + term + "%'";
  // expect: sql-injection
  const rows = await sequelize.query(query, { type: QueryTypes.SELECT });
  res.json(rows);
});

function auditHandler(req, res, next) {
  const actor = req.headers['x-actor'];
  // expect: sql-injection
  sequelize.query("INSERT INTO audit (actor) VALUES ('" + actor + "')").then(() => next(), next);
}
router.use('/admin', auditHandler);

router.get('/prefs', async function prefs(req, res) {
  const theme = req.cookies.theme;
  // expect: sql-injection
  const rows = await db.sequelize.query(`SELECT * FROM prefs WHERE theme = "${theme}"`);
  res.json(rows[0]);
});

// Safe look-alikes: replacements, bind parameters, parseInt.
router.get('/orders/:id', async function order(req, res) {
  const rows = await sequelize.query('SELECT * FROM orders WHERE id = :id', {
    replacements: { id: req.params.id },
    type: QueryTypes.SELECT,
  });
  res.json(rows[0]);
});

router.get('/page', async function page(req, res) {
  const limit = parseInt(req.query.limit, 10);
  const rows = await sequelize.query('SELECT * FROM orders LIMIT ' + limit, { type: QueryTypes.SELECT });
  res.json(rows);
});

router.get('/by-status', async function byStatus(req, res) {
  const rows = await sequelize.query('SELECT * FROM orders WHERE status = $1', { bind: [req.query.status], type: QueryTypes.SELECT });
  res.json(rows);
});

module.exports = router;
