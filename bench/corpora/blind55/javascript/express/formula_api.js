// Spreadsheet-style formulas for the reporting API.
const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.json({ limit: '64kb' }));

const FORMULAS = {
  margin: '(revenue - cost) / revenue',
  growth: '(current - previous) / previous',
};

function numbers(obj) {
  const out = {};
  for (const [k, v] of Object.entries(obj || {})) {
    if (/^[a-z]\w{0,30}$/i.test(k) && Number.isFinite(Number(v))) out[k] = Number(v);
  }
  return out;
}

app.get('/api/calc', function (req, res) {
  const ctx = vm.createContext({ Math });
  // expect: code-injection
  const value = vm.runInContext(req.query.expr, ctx, { timeout: 20 });
  res.json({ value });
});

app.post('/api/formulas/preview', function preview(req, res) {
  const source = 'result = ' + req.body.formula + ';';
  const sandbox = { result: null, ...numbers(req.body.values) };
  // expect: code-injection
  vm.runInNewContext(source, sandbox, { timeout: 20 });
  res.json({ result: sandbox.result });
});

app.post('/api/formulas/compile', function (req, res, next) {
  try {
    const { body } = req;
    // expect: code-injection
    const fn = vm.compileFunction(`return (${body.formula});`, Object.keys(numbers(body.values)));
    res.json({ value: fn(...Object.values(numbers(body.values))) });
  } catch (err) {
    next(err);
  }
});

app.post('/api/formulas/script', function (req, res) {
  const code = req.body.script;
  // expect: code-injection
  const script = new vm.Script(code, { filename: 'user-formula.js' });
  res.json({ value: script.runInNewContext(numbers(req.body.values), { timeout: 20 }) });
});

const debugRoute = function debugEval(req, res) {
  const line = `${req.query.line}`;
  // expect: code-injection
  res.json({ value: vm.runInThisContext(line) });
};
app.get('/internal/eval', debugRoute);

// Safe: the formula is one of ours, picked by an own-property check; the request supplies numbers only.
app.post('/api/formulas/:name', function (req, res) {
  const name = req.params.name;
  if (!Object.prototype.hasOwnProperty.call(FORMULAS, name)) return res.status(404).end();
  const value = vm.runInNewContext(FORMULAS[name], numbers(req.body), { timeout: 20 });
  return res.json({ value });
});

// Safe: a constant script.
const healthScript = new vm.Script('1 + 1');
app.get('/healthz', (req, res) => res.json({ ok: healthScript.runInThisContext() === 2 }));

module.exports = app;
