const vm = require('vm');
const { VM, NodeVM } = require('vm2');
const express = require('express');

const app = express();
app.use(express.json());

const BUILTIN_RULES = {
  vip: 'order.total > 1000',
  bulk: 'order.items.length > 20',
};

app.post('/rules/eval', (req, res) => {
  const ctx = vm.createContext({ order: req.body.order });
  // expect: code-injection
  const result = vm.runInContext(req.body.rule, ctx, { timeout: 50 });
  res.json({ result });
});

app.post('/rules/builtin/:name', (req, res) => {
  const src = BUILTIN_RULES[req.params.name];
  if (!src) return res.sendStatus(404);
  const result = vm.runInNewContext(src, { order: req.body.order }, { timeout: 50 });
  res.json({ result });
});

app.post('/plugins/run', (req, res) => {
  const sandbox = new VM({ timeout: 100, sandbox: { input: req.body.input } });
  // expect: code-injection
  res.json({ out: sandbox.run(req.body.code) });
});

app.post('/scripts', (req, res) => {
  const nvm = new NodeVM({ console: 'off', require: false });
  // expect: code-injection
  const mod = nvm.run(req.body.source, 'user-script.js');
  res.json({ exported: Object.keys(mod || {}) });
});

app.post('/template', (req, res) => {
  const script = new vm.Script('`Hello ${name}`');
  res.json({ text: script.runInNewContext({ name: String(req.body.name).slice(0, 40) }) });
});

app.post('/compile', (req, res) => {
  // expect: code-injection
  const script = new vm.Script(req.body.expr);
  res.json({ value: script.runInNewContext({}) });
});

app.get('/delay', (req, res) => {
  setTimeout(() => res.send('ok'), Number(req.query.ms) || 10);
});

app.get('/delay-string', (req, res) => {
  // expect: code-injection
  setTimeout('console.log(' + req.query.msg + ')', 10);
  res.send('scheduled');
});

module.exports = app;
