// library: Express + sequelize
const express = require('express');
const { QueryTypes } = require('sequelize');
const { sequelize, Report } = require('../models');

const router = express.Router();

router.get('/reports', async (req, res) => {
  const rows = await sequelize.query(
    // expect: sql-injection
    `SELECT id, title FROM reports WHERE owner = '${req.query.owner}'`,
    { type: QueryTypes.SELECT },
  );
  res.json(rows);
});

router.get('/reports/by-title', async (req, res) => {
  const rows = await sequelize.query('SELECT id FROM reports WHERE title = :title', {
    replacements: { title: req.query.title },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
});

router.post('/reports/archive', express.json(), async (req, res) => {
  // expect: sql-injection
  await sequelize.query('UPDATE reports SET archived = true WHERE created_at < \'' + req.body.before + '\'');
  res.status(204).end();
});

router.get('/reports/:id', async (req, res) => {
  res.json(await Report.findByPk(Number.parseInt(req.params.id, 10)));
});

module.exports = router;
