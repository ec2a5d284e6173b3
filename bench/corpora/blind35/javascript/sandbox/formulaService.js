'use strict';

const express = require('express');
const Sandbox = require('sandbox');
const sqlite3 = require('sqlite3');

const router = express.Router();
const db = new sqlite3.Database(process.env.FORMULA_DB || './formulas.db');
const shared = new Sandbox({ timeout: 2000 });

// Spreadsheet-like columns: the client sends the formula the user typed.
router.post('/sheets/:sheetId/evaluate', express.json(), (req, res) => {
  const { expression } = req.body;
  // expect: code-injection
  shared.run(expression, (output) => {
    res.json({ result: output.result, console: output.console });
  });
});

// "Try it" box of the docs site.
router.get('/playground', (req, res) => {
  // expect: code-injection
  new Sandbox().run(`(${req.query.fn})(${JSON.stringify(req.query.arg)})`, (output) => {
    res.type('text/plain').send(String(output.result));
  });
});

// Alert rules are written by tenant admins in the settings page and stored as text.
class AlertRuleEngine {
  constructor(ruleStore) {
    this.rules = ruleStore;
    this.box = new Sandbox();
  }

  evaluate(ruleId, metrics) {
    return new Promise((resolve) => {
      const rule = this.rules.get(ruleId);
      const program = 'var metrics = ' + JSON.stringify(metrics) + ';\n' + rule.condition;
      // expect: code-injection
      this.box.run(program, (output) => resolve(Boolean(output.result)));
    });
  }
}

function runScript(source) {
  return new Promise((resolve) => {
    const s = new Sandbox();
    // expect: code-injection
    s.run(
      source,
      resolve
    );
  });
}

router.post('/scripts/run', express.text(), async (req, res) => {
  const output = await runScript(req.body);
  res.json(output);
});

// A fixed program; the request data only travels as a message.
const counter = new Sandbox();
counter.run('onmessage = function (msg) { postMessage(String(msg).split(/\\s+/).length); };');
router.post('/count-words', express.text(), (req, res) => {
  counter.once('message', (count) => res.json({ words: count }));
  counter.postMessage(req.body);
});

// Startup self-test with a constant expression.
shared.run('1 + 1', (output) => {
  if (output.result !== '2') {
    throw new Error('sandbox self-test failed');
  }
});

// sqlite's run with bound parameters, not a sandbox.
router.put('/formulas/:id', express.json(), (req, res) => {
  db.run('UPDATE formulas SET expression = ? WHERE id = ?', [req.body.expression, req.params.id], (err) => {
    res.sendStatus(err ? 500 : 204);
  });
});

module.exports = { router, AlertRuleEngine, runScript };
