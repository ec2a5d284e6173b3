'use strict';
const CDP = require('chrome-remote-interface');
const express = require('express');

const router = express.Router();
const HEALTH_PROBE = 'document.readyState';

async function connect(port) {
  const client = await CDP({ port });
  await client.Runtime.enable();
  return client;
}

router.post('/snippets/check', async (req, res) => {
  const client = await connect(9222);
  const { Runtime } = client;
  try {
    // expect: code-injection
    const result = await Runtime.compileScript({ expression: req.body.source, sourceURL: 'snippet.js', persistScript: false });
    res.json({ ok: !result.exceptionDetails });
  } finally {
    await client.close();
  }
});

class ScriptLinter {
  constructor(client) {
    this.runtime = client.Runtime;
  }

  async lint(userCode, contextId) {
    const wrapped = `(function () {\n${userCode}\n})()`;
    // expect: code-injection
    return this.runtime.compileScript({
      expression: wrapped,
      sourceURL: 'lint.js',
      persistScript: false,
      executionContextId: contextId,
    });
  }
}

async function compileAll(client, files) {
  const outcomes = [];
  for (const file of files) {
    const expression = file.header + '\n' + file.body;
    // expect: code-injection
    outcomes.push(await client.Runtime.compileScript({ expression, sourceURL: file.name, persistScript: true }));
  }
  return outcomes;
}

async function persistFromQuery(req) {
  const cdp = await CDP({ host: '127.0.0.1', port: 9223 });
  const opts = { expression: String(req.query.expr), sourceURL: 'q.js', persistScript: true };
  // expect: code-injection
  const compiled = await cdp.Runtime.compileScript(opts);
  return cdp.Runtime.runScript({ scriptId: compiled.scriptId });
}

// Safe look-alikes: constant expressions only.
async function smokeTest(client) {
  await client.Runtime.compileScript({ expression: '1 + 1', sourceURL: 'smoke.js', persistScript: false });
  var probe = "document.title";
  return client.Runtime.compileScript({ expression: probe, sourceURL: 'title.js', persistScript: false });
}

async function readyState(client) {
  return client.Runtime.compileScript({ expression: HEALTH_PROBE, sourceURL: 'ready.js', persistScript: false });
}

module.exports = { router, ScriptLinter, compileAll, persistFromQuery, smokeTest, readyState };
