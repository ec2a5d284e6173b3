const CDP = require('chrome-remote-interface');
const express = require('express');
const escapeHtml = require('escape-html');

const router = express.Router();
router.use(express.json());

const FOOTER = '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';

async function printPdf(url, printOptions) {
  const client = await CDP({ port: Number(process.env.CHROME_PORT || 9222) });
  try {
    const { Page } = client;
    await Page.enable();
    await Page.navigate({ url: 'https://reports.example.com' + url });
    await Page.loadEventFired();
    const { data } = await Page.printToPDF(printOptions);
    return Buffer.from(data, 'base64');
  } finally {
    await client.close();
  }
}

router.post('/reports/:id/pdf', async (req, res, next) => {
  try {
    const reportPath = '/r/' + encodeURIComponent(req.params.id);
    const pdf = await printPdf(reportPath, {
      displayHeaderFooter: true,
      // expect: ssrf
      headerTemplate: req.body.header,
      footerTemplate: FOOTER,
    });
    res.type('application/pdf').send(pdf);
  } catch (err) {
    next(err);
  }
});

async function printWithTitle(client, req) {
  const { Page } = client;
  const title = req.query.title;
  // expect: ssrf
  return Page.printToPDF({ headerTemplate: '<div style="font-size:9px">' + title + '</div>', displayHeaderFooter: true });
}

async function printBranded(client, customer) {
  const { Page } = client;
  // expect: ssrf
  return Page.printToPDF({ footerTemplate: customer.footerHtml, displayHeaderFooter: true });
}

async function printEscaped(client, customer) {
  const { Page } = client;
  const safeName = escapeHtml(customer.name);
  return Page.printToPDF({ headerTemplate: `<div style="font-size:9px">${safeName}</div>`, displayHeaderFooter: true });
}

async function printPlain(client) {
  return client.Page.printToPDF({ headerTemplate: '<div></div>', footerTemplate: FOOTER, displayHeaderFooter: true });
}

module.exports = { router, printWithTitle, printBranded, printEscaped, printPlain };
