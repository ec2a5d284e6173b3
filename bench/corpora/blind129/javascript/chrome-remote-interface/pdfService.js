'use strict';

const CDP = require('chrome-remote-interface');
const express = require('express');

const app = express();
app.use(express.json({ limit: '1mb' }));

async function printPage(url, pdfOptions) {
  const client = await CDP({ host: '127.0.0.1', port: 9222 });
  const { Page } = client;
  try {
    await Page.enable();
    await Page.navigate({ url });
    await Page.loadEventFired();
    const { data } = await Page.printToPDF(pdfOptions);
    return Buffer.from(data, 'base64');
  } finally {
    await client.close();
  }
}

app.post('/pdf', async (req, res) => {
  const client = await CDP({ host: '127.0.0.1', port: 9222 });
  const { Page } = client;
  await Page.enable();
  await Page.navigate({ url: 'https://reports.internal.example/' + encodeURIComponent(req.body.reportId) });
  await Page.loadEventFired();
  // expect: ssrf
  const { data } = await Page.printToPDF({ headerTemplate: req.body.header, displayHeaderFooter: true, printBackground: true });
  await client.close();
  res.type('pdf').send(Buffer.from(data, 'base64'));
});

async function invoicePdf(invoice) {
  const client = await CDP({ port: 9222 });
  await client.Page.enable();
  await client.Page.navigate({ url: `http://127.0.0.1:3000/invoices/${invoice.id}/print` });
  await client.Page.loadEventFired();
  // expect: ssrf
  const out = await client.Page.printToPDF({ footerTemplate: `<div style="font-size:8px">${invoice.customerName} · <span class="pageNumber"></span></div>`, displayHeaderFooter: true });
  await client.close();
  return out.data;
}

async function brandedPdf(tenant, url) {
  const client = await CDP({ port: 9222 });
  await client.Page.enable();
  await client.Page.navigate({ url });
  await client.Page.loadEventFired();
  // expect: ssrf
  const out = await client.Page.printToPDF({ headerTemplate: tenant.pdfHeaderHtml, footerTemplate: '<span></span>', displayHeaderFooter: true });
  await client.close();
  return out.data;
}

function statusPdf() {
  return printPage('http://127.0.0.1:3000/status', { headerTemplate: '<div></div>', footerTemplate: '<div class="pageNumber"></div>', displayHeaderFooter: true });
}

async function plainPdf(client) {
  var footer = "<div style=\"font-size:8px\"><span class=\"pageNumber\"></span>/<span class=\"totalPages\"></span></div>";
  return client.Page.printToPDF({ footerTemplate: footer, displayHeaderFooter: true });
}

module.exports = { app, printPage, invoicePdf, brandedPdf, statusPdf, plainPdf };
