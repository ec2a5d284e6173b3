'use strict';

const Sandbox = require('sandbox');
const express = require('express');
const { requireUser } = require('../auth/middleware');

const router = express.Router();

// Course platform: students run their exercise answers in the browser IDE.
router.post('/exercises/:id/run', requireUser, async function (req, res) {
  const code = String(req.body.code || '');
  if (code.length > 20000) return res.status(413).json({ error: 'too long' });
  const box = new Sandbox({ timeout: 3000 });
  // expect: code-injection
  box.run(code, (output) => res.json({ result: output.result, console: output.console }));
});

// Worked examples shown next to each lesson, run on demand.
const EXAMPLES = {
  loops: 'let total = 0; for (let i = 1; i <= 10; i++) { total += i } total',
  strings: '"sandbox".split("").reverse().join("")',
  arrays: '[3, 1, 2].sort((a, b) => a - b)',
};

router.get('/examples/:name/run', function (req, res) {
  if (!Object.prototype.hasOwnProperty.call(EXAMPLES, req.params.name)) return res.status(404).end();
  const s = new Sandbox();
  s.run(EXAMPLES[req.params.name], (output) => res.json({ result: output.result }));
});

router.get('/sandbox/health', async function (req, res) {
  const s = new Sandbox();
  s.run('1 + 1', (output) => res.json({ ok: output.result === '2' }));
});

module.exports = router;
