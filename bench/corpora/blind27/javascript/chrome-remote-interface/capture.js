const CDP = require('chrome-remote-interface');

async function capture(url) {
  const client = await CDP();
  const { Page } = client;
  await Page.enable();
  // expect: ssrf
  await Page.navigate({ url: url });
  await Page.loadEventFired();
  const { data } = await Page.captureScreenshot();
  await client.close();
  return Buffer.from(data, 'base64');
}

async function captureFromRequest(req, res) {
  const client = await CDP({ port: 9222 });
  // expect: ssrf
  await client.Page.navigate({ url: req.query.page });
  const { data } = await client.Page.captureScreenshot();
  await client.close();
  res.type('png').send(Buffer.from(data, 'base64'));
}

async function captureStatusPage() {
  const client = await CDP();
  await client.Page.navigate({ url: 'https://status.example.com' });
  await client.close();
}

module.exports = { capture, captureFromRequest, captureStatusPage };
