// express: page-to-PDF and screenshot service
const express = require('express');
const wkhtmltopdf = require('wkhtmltopdf');
const wkhtmltoimage = require('wkhtmltoimage');
const phantom = require('phantom');
const puppeteer = require('puppeteer');

const router = express.Router();
const REPORT_BASE = 'https://reports.internal.example.com/r/';

router.get('/pdf', (req, res) => {
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(req.query.url, { pageSize: 'A4' }).pipe(res);
});

router.get('/pdf/report/:id', (req, res) => {
  const id = Number(req.params.id);
  if (!Number.isInteger(id)) return res.sendStatus(400);
  res.type('application/pdf');
  wkhtmltopdf(REPORT_BASE + id, { pageSize: 'A4' }).pipe(res);
});

router.post('/pdf/html', (req, res) => {
  res.type('application/pdf');
  // expect: xss
  wkhtmltopdf(`<html><body>${req.body.content}</body></html>`).pipe(res);
});

router.get('/thumb', (req, res) => {
  res.type('image/png');
  // expect: ssrf
  wkhtmltoimage.generate(req.query.page, { width: 320 }).pipe(res);
});

router.get('/legacy-shot', async (req, res) => {
  const instance = await phantom.create();
  const page = await instance.createPage();
  // expect: ssrf
  await page.open(req.query.target);
  const b64 = await page.renderBase64('PNG');
  await instance.exit();
  res.type('image/png').send(Buffer.from(b64, 'base64'));
});

router.get('/shot/:slug', async (req, res) => {
  const slug = String(req.params.slug).replace(/[^a-z0-9-]/g, '');
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto(`https://www.example.com/p/${slug}`, { waitUntil: 'networkidle0' });
  const png = await page.screenshot();
  await browser.close();
  res.type('image/png').send(png);
});

module.exports = router;
