const CDP = require('chrome-remote-interface');

const SYNTAX_PROBE = 'typeof window.fetch === "function"';

async function openSession() {
  const client = await CDP({ port: Number(process.env.CHROME_PORT || 9222) });
  const { Page, Runtime } = client;
  await Promise.all([Page.enable(), Runtime.enable()]);
  await Page.navigate({ url: 'about:blank' });
  return client;
}

async function validateSnippet(snippet) {
  const client = await openSession();
  try {
    // expect: code-injection
    const { exceptionDetails } = await client.Runtime.compileScript({ expression: snippet, sourceURL: 'snippet.js', persistScript: false });
    return !exceptionDetails;
  } finally {
    await client.close();
  }
}

async function precompileRule(rule) {
  const client = await openSession();
  const { Runtime } = client;
  const wrapped = `(function (event) { return ${rule.condition}; })`;
  // expect: code-injection
  const { scriptId } = await Runtime.compileScript({ expression: wrapped, sourceURL: rule.name, persistScript: true });
  return { client, scriptId };
}

module.exports = function registerRoutes(app) {
  app.post('/automation/check', async (req, res) => {
    const client = await openSession();
    try {
      // expect: code-injection
      const out = await client.Runtime.compileScript({ expression: req.body.script, sourceURL: 'user.js', persistScript: false });
      res.json({ ok: !out.exceptionDetails });
    } finally {
      await client.close();
    }
  });

  app.get('/automation/probe', async (req, res) => {
    const client = await openSession();
    try {
      const out = await client.Runtime.compileScript({ expression: 'typeof window.fetch === "function"', sourceURL: 'probe.js', persistScript: false });
      res.json({ ok: !out.exceptionDetails });
    } finally {
      await client.close();
    }
  });

  app.get('/automation/probe-const', async (req, res) => {
    const client = await openSession();
    try {
      const out = await client.Runtime.compileScript({ expression: SYNTAX_PROBE, sourceURL: 'probe2.js', persistScript: false });
      res.json({ ok: !out.exceptionDetails });
    } finally {
      await client.close();
    }
  });
};

module.exports.validateSnippet = validateSnippet;
module.exports.precompileRule = precompileRule;
