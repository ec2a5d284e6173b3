// library: express + phantom (PhantomJS bridge) page rendering
const express = require('express');
const phantom = require('phantom');

const app = express();
const REPORT_BASE = 'https://reports.internal.example.com/view/';

async function withPage(fn) {
  const instance = await phantom.create(['--ignore-ssl-errors=no']);
  try {
    const page = await instance.createPage();
    return await fn(page);
  } finally {
    await instance.exit();
  }
}

app.get('/snapshot', async (req, res) => {
  const status = await withPage(async (page) => {
    // expect: ssrf
    const result = await page.open(req.query.url);
    await page.render('/tmp/snapshot.png');
    return result;
  });
  res.json({ status });
});

app.get('/reports/:id/pdf', async (req, res) => {
  const id = encodeURIComponent(req.params.id);
  await withPage((page) => page.open(REPORT_BASE + id));
  res.sendFile('/tmp/report.pdf');
});

app.post('/preview', express.json(), async (req, res) => {
  await withPage(async (page) => {
    // expect: ssrf
    await page.open(`http://${req.body.host}/preview`);
    // expect: xss
    await page.property('content', req.body.html);
  });
  res.sendStatus(202);
});

app.get('/status-page', async (req, res) => {
  await withPage((page) => page.open('https://status.example.com/'));
  res.sendStatus(200);
});

module.exports = app;
