// Legacy receipt renderer: turns order pages into PNG receipts with PhantomJS.
// Runs inside the billing network next to the order service.
const phantom = require('phantom');
const express = require('express');

const app = express();
app.use(express.json({ limit: '256kb' }));

const ORDER_BASE = 'https://shop.internal.example/orders/';

async function withPage(fn) {
  const instance = await phantom.create(['--ignore-ssl-errors=no', '--load-images=yes']);
  try {
    const page = await instance.createPage();
    await page.property('viewportSize', { width: 800, height: 1100 });
    return await fn(page);
  } finally {
    await instance.exit();
  }
}

app.get('/receipts/:orderId.png', async (req, res, next) => {
  const orderId = parseInt(req.params.orderId, 10);
  if (!Number.isInteger(orderId)) return res.status(400).end();
  try {
    const png = await withPage(async (page) => {
      const status = await page.open(ORDER_BASE + orderId + '/receipt');
      if (status !== 'success') throw new Error('receipt page failed to load');
      return page.renderBase64('PNG');
    });
    res.type('png').send(Buffer.from(png, 'base64'));
  } catch (err) {
    next(err);
  }
});

// Marketplace sellers can point us at their own branded receipt page.
app.get('/receipts/branded.png', async (req, res, next) => {
  try {
    const png = await withPage(async (page) => {
      // expect: ssrf
      const status = await page.open(req.query.templateUrl);
      if (status !== 'success') throw new Error('template failed to load');
      // expect: code-injection
      await page.evaluateJavaScript(req.query.onLoad || 'function () { return true; }');
      return page.renderBase64('PNG');
    });
    res.type('png').send(Buffer.from(png, 'base64'));
  } catch (err) {
    next(err);
  }
});

app.get('/receipts/blank.png', async (req, res, next) => {
  try {
    const png = await withPage(async (page) => {
      await page.property('content', '<html><body><h1>Receipt unavailable</h1></body></html>');
      return page.renderBase64('PNG');
    });
    res.type('png').send(Buffer.from(png, 'base64'));
  } catch (err) {
    next(err);
  }
});

module.exports = app;
