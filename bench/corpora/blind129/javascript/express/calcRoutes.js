'use strict';

const express = require('express');
const Sandbox = require('sandbox');

const app = express();
app.use(express.json());

// Spreadsheet-style formulas typed by users, evaluated server side.
app.post('/formulas/evaluate', function evaluate(req, res) {
  const s = new Sandbox();
  // expect: code-injection
  s.run(req.body.formula, function (output) {
    res.json({ result: output.result, console: output.console });
  });
});

app.get('/formulas/:id/preview', function preview(req, res) {
  const expression = 'var x = ' + Number(req.params.id) + '; ' + req.query.expr;
  // expect: code-injection
  new Sandbox({ timeout: 500 }).run(expression, function (output) {
    res.send(String(output.result));
  });
});

app.post('/macros/run', function runMacro(req, res) {
  const box = new Sandbox({ timeout: 2000 });
  const { source } = req.body;
  // expect: code-injection
  box.run('(function(){' + source + '})()', (output) => res.json(output));
});

app.get('/formulas/demo', function demo(req, res) {
  const s = new Sandbox();
  s.run('1 + 2 * 3', function (output) {
    res.json({ result: output.result });
  });
});

app.get('/formulas/sum', function sum(req, res) {
  const values = String(req.query.values || '').split(',').map(Number).filter(Number.isFinite);
  res.json({ result: values.reduce((a, b) => a + b, 0) });
});

module.exports = app;
