const express = require('express');
const puppeteer = require('puppeteer');

const app = express();
app.use(express.json());

let browser;
async function getBrowser() {
  if (!browser) browser = await puppeteer.launch({ args: ['--no-sandbox'] });
  return browser;
}

app.post('/render/title', async (req, res) => {
  const page = await (await getBrowser()).newPage();
  await page.setContent('<html><body></body></html>');
  // expect: code-injection-puppeteer-evaluate
  await page.evaluate(`document.title = "${req.body.title}"`);
  const png = await page.screenshot();
  await page.close();
  res.type('png').send(png);
});

app.post('/render/title-safe', async (req, res) => {
  const page = await (await getBrowser()).newPage();
  await page.setContent('<html><body></body></html>');
  await page.evaluate((title) => { document.title = title; }, req.body.title);
  const png = await page.screenshot();
  await page.close();
  res.type('png').send(png);
});

app.post('/render/script', async (req, res) => {
  const page = await (await getBrowser()).newPage();
  await page.goto('https://dashboard.example-internal.com/', { waitUntil: 'networkidle0' });
  const script = req.body.script;
  // expect: code-injection-puppeteer-evaluate
  const result = await page.evaluate(script);
  await page.close();
  res.json({ result });
});

app.post('/render/inject', async (req, res) => {
  const page = await (await getBrowser()).newPage();
  await page.setContent('<main></main>');
  // expect: code-injection-puppeteer-script-tag
  await page.addScriptTag({ content: 'window.config = ' + req.body.config });
  await page.close();
  res.status(204).end();
});

app.post('/render/inject-safe', async (req, res) => {
  const page = await (await getBrowser()).newPage();
  await page.setContent('<main></main>');
  await page.addScriptTag({ content: 'window.config = ' + JSON.stringify(req.body.config) });
  await page.close();
  res.status(204).end();
});

app.post('/render/count', async (req, res) => {
  const page = await (await getBrowser()).newPage();
  await page.setContent('<ul><li>a</li><li>b</li></ul>');
  const n = await page.$$eval('li', (items) => items.length);
  await page.close();
  res.json({ n });
});

module.exports = app;
