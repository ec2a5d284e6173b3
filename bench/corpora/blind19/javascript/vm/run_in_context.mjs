// vm: default import, named imports, contexts built from request bodies
import vm from 'node:vm';
import { runInContext, createContext } from 'vm';
import express from 'express';

const app = express();
app.use(express.json());

app.post('/rules/evaluate', (req, res) => {
  const sandbox = { order: req.body.order, result: null };
  // expect: code-injection
  vm.runInNewContext(req.body.rule, sandbox, { timeout: 50 });
  res.json({ result: sandbox.result });
});

app.post('/rules/evaluate-shared', (req, res) => {
  const ctx = createContext({ input: req.body.input });
  const { expression } = req.body;
  // expect: code-injection
  const out = runInContext(expression, ctx);
  res.json({ out });
});

app.post('/rules/this-context', (req, res) => {
  // expect: code-injection
  res.json({ out: vm.runInThisContext(req.body.code) });
});

const BUILTIN_RULES = {
  freeShipping: 'result = order.total > 50',
  vip: 'result = order.customer.tier === "gold"',
};

app.post('/rules/builtin', (req, res) => {
  const source = BUILTIN_RULES[req.body.name];
  if (!source) return res.status(404).end();
  const sandbox = { order: req.body.order, result: null };
  vm.runInNewContext(source, sandbox, { timeout: 50 });
  res.json({ result: sandbox.result });
});

app.get('/rules/version', (_req, res) => {
  res.json({ v: vm.runInNewContext('1 + 1') });
});

export default app;
