'use strict';

// "Formula playground" for the spreadsheet add-on: users type a formula and
// see the result. Formulas run through the sandbox package in a child process.

const express = require('express');
const Sandbox = require('sandbox');
const { toNumberList } = require('./numbers');

const app = express();
app.use(express.json({ limit: '20kb' }));

const BUILTINS = 'function sum(xs){return xs.reduce(function(a,b){return a+b},0)}' +
  'function avg(xs){return xs.length?sum(xs)/xs.length:0}';

app.post('/playground/run', function runFormula(req, res) {
  const s = new Sandbox({ timeout: 2000 });
  // expect: code-injection
  s.run(BUILTINS + ';' + req.body.formula, function (output) {
    res.json({ result: output.result, console: output.console });
  });
});

app.post('/playground/sum', function sumColumn(req, res) {
  const numbers = toNumberList(req.body.values); // parseFloat of each, NaN dropped
  const s = new Sandbox({ timeout: 1000 });
  s.run(BUILTINS + ';sum(' + JSON.stringify(numbers) + ')', function (output) {
    res.json({ result: Number(output.result) });
  });
});

app.get('/playground/examples', function examples(req, res) {
  res.json([
    { name: 'Average', formula: 'avg([1, 2, 3])' },
    { name: 'Sum', formula: 'sum([4, 5])' },
  ]);
});

app.get('/playground/health', function health(req, res) {
  new Sandbox().run('1 + 1', function (output) {
    res.json({ ok: output.result === '2' });
  });
});

module.exports = app;
