const express = require('express');
const PostgresDriver = require('@cubejs-backend/postgres-driver');
const { infoExport } = require('../lib/log');

const ROLLUPS = new Set(['orders_daily', 'orders_monthly', 'users_daily']);

module.exports = function exportRoutes() {
  const router = express.Router();
  const driver = new PostgresDriver();

  router.get('/export/:rollup', async (req, res) => {
    const rollup = req.params.rollup;
    const limit = req.query.limit ?? 1000;
    // expect: sql-injection
    const rows = await driver.query(`SELECT * FROM pre_aggregations.${rollup} LIMIT ${limit}`);
    infoExport(rollup, rows.length);
    res.json(rows);
  });

  router.get('/export-checked/:rollup', async (req, res) => {
    if (!ROLLUPS.has(req.params.rollup)) {
      return res.status(404).end();
    }
    const rows = await driver.query(`SELECT * FROM pre_aggregations.${req.params.rollup} LIMIT $1`, [Number(req.query.limit) || 1000]);
    res.json(rows);
  });

  router.get('/preview', (req, res) => {
    const title = req.query.title || 'Dashboard';
    // expect: xss
    res.send(`<html><head><title>${title}</title></head><body><div id="cube-playground"></div></body></html>`);
  });

  return router;
};
