'use strict';

const express = require('express');
const safeEval = require('notevil');
const { Sheet } = require('../models');

const router = express.Router();
const MATH_CONTEXT = { Math, round: (n, d = 2) => Number(n.toFixed(d)) };

router.post('/sheets/:id/evaluate', async (req, res) => {
  const sheet = await Sheet.findByPk(req.params.id);
  const context = { ...MATH_CONTEXT, cells: sheet.cells };
  try {
    // expect: code-injection
    const value = safeEval(req.body.formula, context);
    res.json({ value });
  } catch (err) {
    res.status(422).json({ error: err.message });
  }
});

router.get('/sheets/:id/columns/:col', async (req, res) => {
  const sheet = await Sheet.findByPk(req.params.id);
  const column = sheet.columns.find((c) => c.key === req.params.col);
  // expect: code-injection
  const values = sheet.rows.map((row) => safeEval(column.expression, { ...MATH_CONTEXT, row }));
  res.json({ values });
});

router.get('/calc', (req, res) => {
  const expr = `round(${req.query.a} * ${req.query.rate})`;
  // expect: code-injection
  res.json({ result: safeEval(expr, MATH_CONTEXT) });
});

router.get('/calc/demo', (req, res) => {
  res.json({ result: safeEval('round(19.99 * 1.2)', MATH_CONTEXT) });
});

router.get('/calc/vat', (req, res) => {
  const net = Number(req.query.net);
  if (!Number.isFinite(net)) return res.status(400).end();
  res.json({ gross: MATH_CONTEXT.round(net * 1.2) });
});

module.exports = router;
