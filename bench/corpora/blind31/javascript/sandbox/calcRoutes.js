const express = require('express');
const Sandbox = require('sandbox');

const app = express();
app.use(express.json());

const box = new Sandbox();
const SNIPPETS = {
  compound: '(function (p, r, n) { return p * Math.pow(1 + r, n); })(1000, 0.05, 10)',
  sample: '[1, 2, 3].map(function (x) { return x * x; })',
};

app.post('/calc/run', function runCalc(req, res) {
  // expect: code-injection
  box.run(req.body.code, function (output) {
    res.json({ result: output.result, console: output.console });
  });
});

app.get('/calc/quick', function quick(req, res) {
  // expect: code-injection
  new Sandbox().run(req.query.expr, (output) => res.send(String(output.result)));
});

app.post('/calc/function', function applyFn(req, res) {
  const src = '(' + req.body.fn + ')(' + JSON.stringify(req.body.input) + ')';
  const limited = new Sandbox({ timeout: 2000 });
  // expect: code-injection
  limited.run(src, (output) => res.json(output));
});

app.post('/calc/expression', function expression(req, res) {
  // expect: code-injection
  new Sandbox({ timeout: 500 }).run(`(${req.body.expression})`, function (out) {
    res.json({ value: out.result });
  });
});

app.get('/calc/examples/:name', function example(req, res) {
  if (!Object.hasOwn(SNIPPETS, req.params.name)) return res.status(404).end();
  box.run(SNIPPETS[req.params.name], (output) => res.json({ result: output.result }));
});

app.get('/calc/selftest', function selftest(req, res) {
  box.run('1 + 1 + " apples"', (output) => res.send(output.result));
});

module.exports = app;
