const express = require('express');
const { sequelize, QueryTypes } = require('../models');

const app = express();
app.use(express.json());

app.get('/reports/sales', async function salesReport(req, res) {
  const { from, to } = req.query;
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT day, SUM(total) AS total FROM orders WHERE day BETWEEN '${from}' AND '${to}' GROUP BY day`, { type: QueryTypes.SELECT });
  res.json(rows);
});

app.post('/reports/search', async function searchCustomers(req, res) {
  const sql = "SELECT id, email FROM customers WHERE email LIKE '%" + req.body.term + "%'";
  // expect: sql-injection
  const [rows] = await sequelize.query(sql);
  res.json(rows);
});

app.delete('/reports/:id', async function deleteReport(req, res) {
  const db = req.app.get('db');
  // expect: sql-injection
  await db.sequelize.query('DELETE FROM saved_reports WHERE id = ' + req.params.id);
  res.sendStatus(204);
});

app.get('/reports/by-team', async function byTeam(req, res) {
  const team = req.headers['x-team'];
  // expect: sql-injection
  const rows = await sequelize.query(
    `SELECT * FROM report_runs WHERE team = '${team}'`,
    { type: QueryTypes.SELECT }
  );
  res.json(rows);
});

app.get('/reports/page', async function page(req, res) {
  const limit = parseInt(req.query.limit, 10) || 20;
  const rows = await sequelize.query(`SELECT * FROM report_runs ORDER BY id DESC LIMIT ${limit}`, { type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/reports/owner', async function owner(req, res) {
  const rows = await sequelize.query('SELECT * FROM saved_reports WHERE owner = :owner', {
    replacements: { owner: req.query.owner },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
});

module.exports = app;
