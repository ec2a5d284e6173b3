// library: express + vm2 (running request-supplied code)
const express = require('express');
const { VM, NodeVM } = require('vm2');

const app = express();
app.use(express.json({ limit: '32kb' }));

const TRANSFORMS = {
  upper: 'input.toUpperCase()',
  trim: 'input.trim()',
};

app.post('/playground/run', (req, res) => {
  const vm = new VM({ timeout: 500, sandbox: {} });
  // expect: code-injection
  const output = vm.run(req.body.source);
  res.json({ output });
});

app.post('/hooks/:name', (req, res) => {
  const vm = new NodeVM({ console: 'off', require: { external: false } });
  // expect: code-injection
  const hook = vm.run(`module.exports = ${req.body.handler}`, 'hook.js');
  res.json({ result: hook(req.body.event) });
});

app.get('/transform', (req, res) => {
  const code = TRANSFORMS[req.query.kind];
  if (!Object.hasOwn(TRANSFORMS, req.query.kind)) return res.status(400).end();
  const vm = new VM({ timeout: 100, sandbox: { input: String(req.query.text) } });
  res.json({ value: vm.run(code) });
});

app.get('/version', (req, res) => {
  const vm = new VM({ sandbox: { build: req.query.build } });
  res.json({ major: vm.run('parseInt(String(build).split(".")[0], 10)') });
});

module.exports = app;
