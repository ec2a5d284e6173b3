const express = require('express');
const phantom = require('phantom');

const app = express();
app.use(express.json());

app.get('/snapshot', async function snapshot(req, res) {
  const instance = await phantom.create();
  const page = await instance.createPage();
  // expect: ssrf
  await page.open(req.query.url);
  const image = await page.renderBase64('PNG');
  await instance.exit();
  res.type('png').send(Buffer.from(image, 'base64'));
});

app.post('/render', async function render(req, res) {
  const instance = await phantom.create();
  const page = await instance.createPage();
  // expect: ssrf
  await page.property('content', req.body.html);
  const pdf = await page.renderBase64('PDF');
  await instance.exit();
  res.type('pdf').send(Buffer.from(pdf, 'base64'));
});

app.post('/preview', async function preview(req, res) {
  const target = 'https://' + req.body.domain + '/';
  const instance = await phantom.create();
  const page = await instance.createPage();
  // expect: ssrf
  const status = await page.open(target);
  await instance.exit();
  res.json({ status });
});

app.get('/status-page', async function statusPage(req, res) {
  const instance = await phantom.create();
  const page = await instance.createPage();
  const status = await page.open('https://status.example.com/');
  await instance.exit();
  res.json({ status });
});

app.get('/reports/:id/print', async function printReport(req, res) {
  const instance = await phantom.create();
  const page = await instance.createPage();
  await page.property('viewportSize', { width: 1024, height: 768 });
  const status = await page.open('http://localhost:8080/reports/print');
  await instance.exit();
  res.json({ status, report: Number(req.params.id) });
});

app.listen(3000);
