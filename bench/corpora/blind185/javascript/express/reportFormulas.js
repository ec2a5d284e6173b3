'use strict';

const express = require('express');
const { VM } = require('vm2');
const { loadRows } = require('../reports/rows');

const router = express.Router();
router.use(express.json({ limit: '64kb' }));

const PRESETS = {
  margin: 'row.revenue - row.cost',
  marginPct: 'row.revenue ? (row.revenue - row.cost) / row.revenue : 0',
  perSeat: 'row.seats ? row.revenue / row.seats : 0',
};

function runPreset(name, row) {
  const vm = new VM({ timeout: 50, sandbox: { row } });
  return vm.run(PRESETS[name]);
}

router.get('/reports/:id/column', async function (req, res, next) {
  try {
    const name = req.query.preset;
    if (!Object.prototype.hasOwnProperty.call(PRESETS, name)) {
      return res.status(400).json({ error: 'unknown preset' });
    }
    const rows = await loadRows(req.params.id);
    res.json(rows.map((row) => runPreset(name, row)));
  } catch (err) {
    next(err);
  }
});

router.post('/reports/:id/custom-column', async function (req, res, next) {
  try {
    const rows = await loadRows(req.params.id);
    const values = rows.map((row) => {
      const vm = new VM({ timeout: 50, sandbox: { row } });
      // analysts type any expression; vm2 is end-of-life with known escapes
      // expect: code-injection
      return vm.run(req.body.expression);
    });
    res.json(values);
  } catch (err) {
    next(err);
  }
});

router.post('/reports/:id/scale', async function (req, res, next) {
  try {
    const factor = Number(req.body.factor);
    if (!Number.isFinite(factor)) return res.status(400).json({ error: 'factor must be a number' });
    const rows = await loadRows(req.params.id);
    res.json(rows.map((row) => row.revenue * factor));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
