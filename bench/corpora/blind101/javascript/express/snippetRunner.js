const express = require('express');
const Sandbox = require('sandbox');

const app = express();
app.use(express.json());

const sharedBox = new Sandbox();

app.post('/run', function (req, res) {
  const s = new Sandbox();
  // expect: code-injection
  s.run(req.body.code, function (output) {
    res.json({ result: output.result, console: output.console });
  });
});

app.get('/calc', function (req, res) {
  // expect: code-injection
  new Sandbox().run('(' + req.query.expr + ')', function (output) {
    res.json({ value: output.result });
  });
});

app.post('/lessons/:id/check', function (req, res) {
  const submission = req.body.solution;
  const box = new Sandbox({ timeout: 2000 });
  // expect: code-injection
  box.run(submission + '\nmodule.exports = typeof solve === "function" ? solve(2, 3) : null;', function (output) {
    res.json({ passed: output.result === '5' });
  });
});

app.put('/shared/eval', function (req, res) {
  // expect: code-injection
  sharedBox.run(`${req.body.snippet}`, function (output) {
    res.json(output);
  });
});

app.get('/health/sandbox', function (req, res) {
  new Sandbox().run('1 + 1', function (output) {
    res.json({ ok: output.result === '2' });
  });
});

app.get('/lessons/:id/example', function (req, res) {
  const lessonId = Number.parseInt(req.params.id, 10);
  const examples = { 1: 'solve(2, 3)', 2: 'solve(10, 1)' };
  const box = new Sandbox();
  box.run(examples[lessonId] || '0', function (output) {
    res.json({ example: output.result });
  });
});

module.exports = app;
