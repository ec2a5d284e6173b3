const express = require('express');
const Sandbox = require('sandbox');

const app = express();
app.use(express.json());

const box = new Sandbox({ timeout: 1000 });
const PRESETS = {
  margin: '(price - cost) / price',
  vat: 'price * 0.2',
};

app.post('/formulas/eval', function evalFormula(req, res) {
  // expect: code-injection
  box.run(req.body.code, function (output) {
    res.json({ result: output.result });
  });
});

app.get('/formulas/quick', function quick(req, res) {
  const expr = req.query.expr;
  // expect: code-injection
  new Sandbox().run('(' + expr + ')', (output) => res.json(output));
});

app.put('/sheets/:id/cells', function updateCell(req, res) {
  const { formula, row } = req.body;
  const program = `var row = ${JSON.stringify(row)}; ${formula}`;
  const s = new Sandbox({ timeout: 500 });
  // expect: code-injection
  s.run(program, (output) => res.json({ value: output.result }));
});

app.get('/formulas/preset/:name', function preset(req, res) {
  const name = req.params.name;
  if (!Object.prototype.hasOwnProperty.call(PRESETS, name)) return res.sendStatus(404);
  // Safe: only a bundled preset is run, the input goes in as a number.
  const price = Number(req.query.price) || 0;
  const cost = Number(req.query.cost) || 0;
  box.run(`var price = ${price}, cost = ${cost}; ${PRESETS[name]}`, (output) => res.json(output));
});

app.post('/formulas/check', function check(req, res) {
  const header = req.headers['x-formula'];
  // expect: code-injection
  new Sandbox({ timeout: 200 }).run(`typeof (${header})`, (output) => res.json({ type: output.result }));
});

app.get('/formulas/ping', function ping(req, res) {
  // Safe: constant code.
  box.run('1 + 1', (output) => res.json({ ok: output.result === 2 }));
});

module.exports = app;
