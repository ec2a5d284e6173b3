// Internal "page probe" service: opens a page in headless Chrome over CDP and reads values out of it.
const CDP = require('chrome-remote-interface');

const CHROME = { host: process.env.CHROME_HOST || '127.0.0.1', port: 9222 };
var TITLE_EXPR = "document.title";

class PageProbe {
  constructor(client) {
    this.client = client;
    this.runtime = client.Runtime;
  }

  static async open(url) {
    const client = await CDP(CHROME);
    const { Page, Runtime } = client;
    await Promise.all([Page.enable(), Runtime.enable()]);
    await Page.navigate({ url: 'https://reports.internal.example/' + encodeURIComponent(url) });
    await Page.loadEventFired();
    return new PageProbe(client);
  }

  async title() {
    // Safe: a constant expression.
    const { result } = await this.runtime.evaluate({ expression: TITLE_EXPR });
    return result.value;
  }

  async readyState() {
    const { result } = await this.client.Runtime.evaluate({ expression: 'document.readyState' });
    return result.value;
  }

  async textOf(selector) {
    const { result } = await this.runtime.evaluate({
      // expect: code-injection
      expression: `document.querySelector('${selector}').innerText`,
      returnByValue: true,
    });
    return result.value;
  }

  async globalValue(path) {
    // expect: code-injection
    const { result } = await this.client.Runtime.evaluate({ expression: 'window.' + path, returnByValue: true });
    return result.value;
  }

  async lookup(key) {
    // Safe: the key is passed as a JSON string literal, not as code.
    const { result } = await this.runtime.evaluate({ expression: `window.__probe.lookup(${JSON.stringify(String(key))})` });
    return result.value;
  }

  close() {
    return this.client.close();
  }
}

async function runScript(client, script) {
  const { Runtime } = client;
  // expect: code-injection
  const res = await Runtime.evaluate({ expression: script, awaitPromise: true });
  return res.result;
}

module.exports = function probeRoutes(app) {
  app.post('/probe', async (req, res) => {
    const probe = await PageProbe.open(req.body.url);
    try {
      const out = { title: await probe.title(), state: await probe.readyState() };
      if (req.body.selector) out.text = await probe.textOf(req.body.selector);
      if (req.body.global) out.global = await probe.globalValue(req.body.global);
      if (req.body.key) out.value = await probe.lookup(req.body.key);
      if (req.body.script) out.script = await runScript(probe.client, req.body.script);
      res.json(out);
    } finally {
      await probe.close();
    }
  });
};
