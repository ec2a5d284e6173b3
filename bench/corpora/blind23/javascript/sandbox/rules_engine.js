// sandbox: discount rules evaluated for the checkout service
const Sandbox = require('sandbox');
const express = require('express');

const router = express.Router();
router.use(express.json());

const box = new Sandbox({ timeout: 200 });

router.post('/discount/preview', (req, res) => {
  const rule = req.body.rule;
  // expect: code-injection
  box.run(`(function(cart){ return ${rule}; })(${JSON.stringify(req.body.cart)})`, (output) => {
    res.json({ discount: output.result });
  });
});

router.post('/discount/fixed', (req, res) => {
  const cart = req.body.cart || { total: 0 };
  const total = Number(cart.total) || 0;
  box.run(`(function(t){ return t > 100 ? 10 : 0; })(${total})`, (output) => {
    res.json({ discount: output.result });
  });
});

router.get('/discount/eval', (req, res) => {
  const s = new Sandbox();
  // expect: code-injection
  s.run(req.query.code, (output) => res.json(output));
});

router.get('/discount/health', (_req, res) => {
  box.run('1 + 1', (output) => res.json({ ok: output.result === '2' }));
});

function precompiled(ruleId) {
  const rules = { bulk: 'cart.items.length > 10 ? 5 : 0', vip: 'cart.vip ? 15 : 0' };
  return rules[ruleId] || '0';
}

router.post('/discount/named', (req, res) => {
  const code = precompiled(req.body.ruleId);
  box.run(`(function(cart){ return ${code}; })(${JSON.stringify(req.body.cart)})`, (output) => {
    res.json({ discount: output.result });
  });
});

module.exports = router;
