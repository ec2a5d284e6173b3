'use strict';

const fs = require('fs');
const path = require('path');
const { VM, NodeVM, VMScript } = require('vm2');

// "Automation scripts" that workspace admins paste into the integrations page.
function runSnippet(code, input) {
  // expect: code-injection
  return new VM({ timeout: 1000, sandbox: { input } }).run(code);
}

function runPlugin(req, res) {
  // expect: code-injection
  const exported = new NodeVM({ console: 'redirect', require: { external: false } }).run(req.body.source, 'plugin.js');
  res.json({ hooks: Object.keys(exported || {}) });
}

function compileSubmission(submission) {
  // expect: code-injection
  const script = new VMScript(submission.code, `submission-${submission.id}.js`);
  return script.compile();
}

// Safe look-alikes: fixed code, our own bootstrap file.
function maxOfTwo() {
  return new VM().run('Math.max(1, 2)');
}

function answer() {
  const code = 'module.exports = 42';
  return new NodeVM().run(code);
}

const bootstrap = new VMScript(fs.readFileSync(path.join(__dirname, 'bootstrap.js'), 'utf8'), 'bootstrap.js');

module.exports = { runSnippet, runPlugin, compileSubmission, maxOfTwo, answer, bootstrap };
