const express = require('express');
const Sandbox = require('sandbox');
const rateLimit = require('express-rate-limit');

const app = express();
app.use(express.json({ limit: '16kb' }));
app.use('/playground', rateLimit({ windowMs: 60 * 1000, max: 20 }));

const EXAMPLES = {
  hello: '"Hello, " + "world"',
  sum: '[1, 2, 3, 4].reduce(function (a, b) { return a + b; }, 0)',
};

app.post('/playground/run', function (req, res) {
  const s = new Sandbox({ timeout: 1000 });
  // expect: code-injection
  s.run(req.body.code, function (output) {
    res.json({ result: output.result, console: output.console });
  });
});

app.get('/playground/examples/:name', function (req, res) {
  const example = EXAMPLES[req.params.name];
  if (!example) return res.status(404).json({ error: 'no such example' });
  const s = new Sandbox({ timeout: 1000 });
  s.run(example, function (output) {
    res.json({ source: example, result: output.result });
  });
});

app.get('/playground/eval', function (req, res) {
  // expect: code-injection
  new Sandbox().run(req.query.expr, function (output) {
    res.type('text/plain').send(String(output.result));
  });
});

app.post('/playground/share', function (req, res) {
  const snippet = String(req.body.code || '').slice(0, 4000);
  res.json({ id: Buffer.from(snippet).toString('base64url').slice(0, 12) });
});

app.put('/playground/format', function (req, res) {
  const s = new Sandbox({ timeout: 500 });
  const wrapped = '(function () { return ' + req.body.snippet + '; })()';
  // expect: code-injection
  s.run(wrapped, function (output) {
    res.json({ formatted: output.result });
  });
});

app.get('/playground/ping', function (req, res) {
  new Sandbox().run('"pong"', function (output) {
    res.send(output.result);
  });
});

module.exports = app;
