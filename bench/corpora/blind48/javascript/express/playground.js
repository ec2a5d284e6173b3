'use strict';

// "Try it" playground for the docs site: runs reader-supplied snippets.
const express = require('express');
const Sandbox = require('sandbox');
const app = require('./app');

const shared = new Sandbox({ timeout: 1000 });

app.use('/playground', express.json({ limit: '64kb' }));

app.post('/playground/run', function (req, res) {
  const s = new Sandbox();
  // expect: code-injection
  s.run(req.body.code, function (output) {
    res.json(output);
  });
});

app.get('/playground/eval', function evalExpr(req, res) {
  // expect: code-injection
  new Sandbox({ timeout: 500 }).run('(' + req.query.expr + ')', function (output) {
    res.json({ value: output.result });
  });
});

function runSnippet(req, res, next) {
  const snippet = req.body.snippet;
  const wrapped = `(function () { ${snippet} })()`;
  // expect: code-injection
  shared.run(wrapped, function (output) {
    res.locals.output = output;
    next();
  });
}
app.post('/playground/snippet', runSnippet, function (req, res) {
  res.json(res.locals.output);
});

app.put('/playground/check', function (req, res) {
  // expect: code-injection
  new Sandbox().run(req.body.solution.source, function (output) {
    res.json({ passed: output.result === '"ok"' });
  });
});

// Safe look-alikes: the examples the page ships with, picked by index.
const EXAMPLES = ['1 + 1', '[1, 2, 3].map(function (x) { return x * 2; })', '"hello".toUpperCase()'];

app.get('/playground/example/:n', function (req, res) {
  const s = new Sandbox();
  const code = EXAMPLES[Number(req.params.n) % EXAMPLES.length];
  s.run(code, function (output) {
    res.json(output);
  });
});

app.get('/playground/ping', function (req, res) {
  new Sandbox().run('"pong"', function (output) {
    res.json(output);
  });
});

module.exports = app;
