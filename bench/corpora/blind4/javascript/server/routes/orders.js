'use strict';
const express = require('express');
const { exec, execFile } = require('child_process');
const { promisify } = require('util');
const _ = require('lodash');
const mongoose = require('mongoose');
const { QueryTypes } = require('sequelize');
const { sequelize } = require('../lib/db');

const router = express.Router();
const execFileAsync = promisify(execFile);
const Order = mongoose.model('Order');
const REPORT_SCRIPT = '/opt/reports/bin/monthly.sh';

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (source[key] && typeof source[key] === 'object') {
      target[key] = target[key] || {};
      deepMerge(target[key], source[key]);
    } else {
      // expect: prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    target[key] = source[key];
  }
  return target;
}

router.get('/', async (req, res, next) => {
  try {
    const status = String(req.query.status || 'open');
    const orders = await Order.find({ status }).limit(50).lean();
    res.json(orders);
  } catch (err) {
    next(err);
  }
});

router.get('/search', async (req, res, next) => {
  try {
    // expect: nosql-where-injection
    const orders = await Order.find({ $where: `this.customer == '${req.query.customer}'` }).lean();
    res.json(orders);
  } catch (err) {
    next(err);
  }
});

router.get('/by-sku', async (req, res, next) => {
  try {
    const rows = await sequelize.query('SELECT * FROM order_lines WHERE sku = :sku', {
      replacements: { sku: req.query.sku },
      type: QueryTypes.SELECT,
    });
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/by-region', async (req, res, next) => {
  try {
    // expect: sql-injection-concat
    const rows = await sequelize.query("SELECT * FROM orders WHERE region = '" + req.query.region + "'", { type: QueryTypes.SELECT });
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.patch('/:id/preferences', async (req, res) => {
  const order = await Order.findById(req.params.id);
  const prefs = deepMerge(order.preferences || {}, req.body);
  order.preferences = prefs;
  await order.save();
  res.json(prefs);
});

router.patch('/:id/meta', async (req, res) => {
  const order = await Order.findById(req.params.id);
  // expect: prototype-pollution
  _.merge(order.meta, req.body.meta);
  await order.save();
  res.json(order.meta);
});

router.patch('/:id/notes', async (req, res) => {
  const order = await Order.findById(req.params.id);
  order.notes = safeMerge({}, _.pick(req.body, ['gift', 'delivery']));
  await order.save();
  res.json(order.notes);
});

router.post('/report', async (_req, res) => {
  // constant script path, no input
  exec(REPORT_SCRIPT, { timeout: 60000 }, (err, stdout) => {
    if (err) return res.status(500).send('report failed');
    res.type('text/plain').send(stdout);
  });
});

router.post('/report/:month', async (req, res) => {
  // expect: command-injection
  exec(`${REPORT_SCRIPT} ${req.params.month}`, (err, stdout) => {
    if (err) return res.status(500).send('report failed');
    res.type('text/plain').send(stdout);
  });
});

router.post('/report2/:month', async (req, res) => {
  const month = /^\d{4}-\d{2}$/.test(req.params.month) ? req.params.month : null;
  if (!month) return res.status(400).send('bad month');
  const { stdout } = await execFileAsync(REPORT_SCRIPT, [month], { timeout: 60000 });
  res.type('text/plain').send(stdout);
});

router.get('/:id/receipt', async (req, res) => {
  const order = await Order.findById(req.params.id).lean();
  if (!order) {
    // expect: reflected-xss
    return res.status(404).send(`<p>No order ${req.params.id}</p>`);
  }
  res.render('receipt', { order });
});

module.exports = router;
