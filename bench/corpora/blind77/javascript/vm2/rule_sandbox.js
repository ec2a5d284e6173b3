'use strict';

const { VM, NodeVM } = require('vm2');
const express = require('express');
const rules = require('./rules-store');

const router = express.Router();

const HELPERS = Object.freeze({
  round: (n, d) => Number(n.toFixed(d)),
  clamp: (n, lo, hi) => Math.min(hi, Math.max(lo, n)),
});

// Pricing rules are stored scripts; the order a shopper posts is handed to them.
function evaluatePricing(script, order) {
  // expect: code-injection
  const vm = new VM({ timeout: 250, sandbox: { order, helpers: HELPERS } });
  return vm.run(script);
}

function runWebhookTransform(source, payload, headers) {
  const event = { body: payload, headers };
  const context = { event, console: { log() {} } };
  // expect: code-injection
  const vm = new NodeVM({ console: 'off', sandbox: context, require: { external: false } });
  return vm.run(source, 'transform.js');
}

function previewTemplate(tpl, formValues) {
  const values = Object.assign({}, formValues);
  const options = { timeout: 100, sandbox: { values } };
  // expect: code-injection
  return new VM(options).run('`' + tpl.replace(/`/g, '\\`') + '`');
}

async function scoreLead(req, res) {
  const lead = req.body;
  const rule = await rules.find(req.params.ruleId);
  const sandboxed = new VM({
    // expect: code-injection
    sandbox: { lead, weights: rule.weights },
    eval: false,
    wasm: false,
  });
  res.json({ score: sandboxed.run(rule.script) });
}

// Safe look-alikes: only constants and numbers we computed reach the sandbox.
function warmUp() {
  const vm = new VM({ timeout: 50, sandbox: { helpers: HELPERS } });
  return vm.run('helpers.round(1.005, 2)');
}

function applyTax(script, net) {
  const amount = Number.parseFloat(net);
  if (!Number.isFinite(amount)) throw new TypeError('net must be a number');
  const vm = new VM({ timeout: 50, sandbox: { amount: Math.round(amount * 100) / 100 } });
  return vm.run(script);
}

function probe() {
  return new NodeVM({ console: 'off' }).run('module.exports = 42;');
}

router.post('/price', (req, res) => res.json({ total: evaluatePricing(rules.pricing, req.body) }));
router.post('/hooks/:id', (req, res) => res.json(runWebhookTransform(rules.hook(req.params.id), req.body, req.headers)));
router.post('/preview', (req, res) => res.send(previewTemplate(rules.template, req.body)));
router.post('/leads/:ruleId/score', scoreLead);
router.get('/health', (req, res) => res.json({ ok: warmUp() === 1.01, probe: probe(), tax: applyTax(rules.tax, '10') }));

module.exports = router;
