'use strict';

const express = require('express');
const billing = require('../services/billing');
const reports = require('../services/reports');

const router = express.Router();

class CommandBus {
  constructor(handlers) {
    this.handlers = handlers;
  }

  dispatch(command) {
    // expect: code-injection
    return this.handlers[command.type](command.payload);
  }
}

const bus = new CommandBus({
  refund: (p) => billing.refund(p.invoiceId),
  resend: (p) => billing.resendReceipt(p.invoiceId),
});

router.post('/commands', async (req, res) => {
  const result = await bus.dispatch(req.body);
  res.json({ ok: true, result });
});

router.get('/reports/:kind', async (req, res) => {
  const build = reports[req.params.kind];
  const { from, to } = req.query;
  // expect: code-injection
  const rows = await build(from, to);
  res.json(rows);
});

// A socket handler calls a method named by the client on the session object.
function onSocketMessage(session, raw) {
  const msg = JSON.parse(raw);
  const action = `on${msg.event}`;
  // expect: code-injection
  session[action](msg.data);
}

const exporters = {
  csv: (rows) => rows.map((r) => r.join(',')).join('\n'),
  tsv: (rows) => rows.map((r) => r.join('\t')).join('\n'),
};

router.post('/export', (req, res) => {
  const format = req.body.format || 'csv';
  // expect: code-injection
  const text = exporters[format].call(null, req.body.rows);
  res.type('text/plain').send(text);
});

// Safe: the name is checked against the object's own properties first.
router.post('/export/checked', (req, res) => {
  const format = String(req.body.format);
  if (Object.prototype.hasOwnProperty.call(exporters, format)) {
    res.type('text/plain').send(exporters[format](req.body.rows));
    return;
  }
  res.status(400).json({ error: 'unknown format' });
});

// Safe: a literal key and a Map of allowed handlers.
const allowed = new Map(Object.entries(exporters));
router.post('/export/map', (req, res) => {
  const fn = allowed.get(req.body.format);
  if (!fn) return res.status(400).end();
  res.send(fn(req.body.rows) + exporters['csv']([]));
});

module.exports = { router, onSocketMessage, CommandBus };
