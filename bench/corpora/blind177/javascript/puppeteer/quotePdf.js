// Renders sales quotes to PDF. The worker runs in the sales VPC with access to the CRM.
const puppeteer = require('puppeteer');
const express = require('express');
const { escape } = require('html-escaper');

const router = express.Router();

const MAINTENANCE_PAGE = '<html><body><h1>PDF export is paused</h1></body></html>';

function quoteHtml(quote) {
  const rows = quote.lines
    .map((l) => `<tr><td>${escape(l.description)}</td><td>${Number(l.qty)}</td><td>${escape(l.priceLabel)}</td></tr>`)
    .join('');
  return `<!doctype html><html><body>
    <h1>Quote ${escape(quote.number)}</h1>
    <p>Prepared for ${escape(quote.customerName)}</p>
    <table>${rows}</table>
  </body></html>`;
}

async function toPdf(html) {
  const browser = await puppeteer.launch({ args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'networkidle0' });
    return await page.pdf({ format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
}

router.get('/quotes/:id.pdf', async (req, res, next) => {
  try {
    const quote = await req.app.locals.crm.getQuote(req.params.id);
    res.type('pdf').send(await toPdf(quoteHtml(quote)));
  } catch (err) {
    next(err);
  }
});

// Sales reps can paste a custom cover letter (HTML) that goes in front of the quote.
router.post('/quotes/:id/cover.pdf', express.json({ limit: '1mb' }), async (req, res, next) => {
  const browser = await puppeteer.launch({ args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    // expect: ssrf
    await page.setContent(req.body.coverHtml, { waitUntil: 'networkidle0' });
    res.type('pdf').send(await page.pdf({ format: 'A4' }));
  } catch (err) {
    next(err);
  } finally {
    await browser.close();
  }
});

router.get('/quotes/maintenance.pdf', async (req, res, next) => {
  const browser = await puppeteer.launch();
  try {
    const page = await browser.newPage();
    await page.setContent(MAINTENANCE_PAGE);
    res.type('pdf').send(await page.pdf({ format: 'A4' }));
  } catch (err) {
    next(err);
  } finally {
    await browser.close();
  }
});

module.exports = router;
