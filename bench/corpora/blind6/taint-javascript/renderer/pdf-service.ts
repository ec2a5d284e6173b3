import { chromium } from 'playwright';
import express from 'express';

const app = express();
app.use(express.json());

app.post('/pdf', async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.setContent('<article id="doc"></article>');
  const footer: string = req.body.footer;
  // expect: code-injection-playwright-evaluate
  await page.evaluate(`document.getElementById('doc').dataset.footer = '${footer}'`);
  const pdf = await page.pdf({ format: 'A4' });
  await browser.close();
  res.type('application/pdf').send(pdf);
});

app.post('/pdf/safe', async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.setContent('<article id="doc"></article>');
  await page.evaluate((f) => { document.getElementById('doc')!.dataset.footer = f; }, String(req.body.footer));
  const pdf = await page.pdf({ format: 'A4' });
  await browser.close();
  res.type('application/pdf').send(pdf);
});

app.post('/pdf/expr', async (req, res) => {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto('https://reports.example-internal.com/');
  // expect: code-injection-playwright-evaluate
  const value = await page.evaluateHandle(req.body.expression);
  res.json({ value: await value.jsonValue() });
  await browser.close();
});

export default app;
