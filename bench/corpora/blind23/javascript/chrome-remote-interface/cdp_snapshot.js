// chrome-remote-interface: snapshot job driven by the queue worker
const CDP = require('chrome-remote-interface');

async function snapshot(job) {
  const client = await CDP({ port: 9222 });
  const { Page, Runtime, DOM } = client;
  try {
    await Page.enable();
    // expect: ssrf
    await Page.navigate({ url: job.url });
    await Page.loadEventFired();

    // expect: code-injection
    await Runtime.evaluate({ expression: 'document.title = "' + job.title + '"' });
    await Runtime.evaluate({ expression: 'document.readyState' });

    // expect: code-injection
    await Runtime.compileScript({ expression: job.probe, sourceURL: 'probe.js', persistScript: false });

    const { root } = await DOM.getDocument();
    // expect: xss
    await Page.setDocumentContent({ frameId: root.frameId, html: job.html });

    const pdf = await Page.printToPDF({ printBackground: true });
    return Buffer.from(pdf.data, 'base64');
  } finally {
    await client.close();
  }
}

async function snapshotFixed() {
  const client = await CDP({ port: 9222 });
  const { Page, Runtime } = client;
  try {
    await Page.enable();
    await Page.navigate({ url: 'https://status.example.com/' });
    await Page.loadEventFired();
    const { result } = await Runtime.evaluate({ expression: 'document.title' });
    return result.value;
  } finally {
    await client.close();
  }
}

module.exports = { snapshot, snapshotFixed };
