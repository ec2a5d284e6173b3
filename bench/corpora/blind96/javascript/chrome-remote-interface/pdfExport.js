'use strict';

const CDP = require('chrome-remote-interface');
const express = require('express');

const app = express();
app.use(express.json());

async function printPdf(url, printOptions) {
  const client = await CDP({ port: 9222 });
  try {
    const { Page } = client;
    await Page.enable();
    await Page.navigate({ url: 'https://reports.example.com/render/' + encodeURIComponent(url) });
    await Page.loadEventFired();
    const { data } = await Page.printToPDF(printOptions);
    return Buffer.from(data, 'base64');
  } finally {
    await client.close();
  }
}

app.post('/export', async (req, res) => {
  const client = await CDP({ port: 9222 });
  const { Page } = client;
  await Page.enable();
  await Page.navigate({ url: 'https://reports.example.com/render/' + encodeURIComponent(req.body.reportId) });
  await Page.loadEventFired();
  // expect: ssrf
  const { data } = await Page.printToPDF({ displayHeaderFooter: true, headerTemplate: req.body.header, footerTemplate: '<span class="pageNumber"></span>' });
  await client.close();
  res.type('pdf').send(Buffer.from(data, 'base64'));
});

async function invoicePdf(client, invoice) {
  const footer = `<div style="font-size:8px">${invoice.customerNote}</div>`;
  // expect: ssrf
  return client.Page.printToPDF({ displayHeaderFooter: true, footerTemplate: footer });
}

async function brandedPdf(Page, tenant) {
  // expect: ssrf
  return Page.printToPDF({ headerTemplate: '<img src="' + tenant.logoUrl + '" height="20">', displayHeaderFooter: true });
}

// Safe look-alikes: literal templates and no header or footer at all.
async function plainPdf(Page) {
  return Page.printToPDF({ headerTemplate: '<span class="title"></span>', displayHeaderFooter: true, printBackground: true });
}

async function landscapePdf(Page) {
  return Page.printToPDF({ landscape: true, printBackground: true });
}

module.exports = { app, printPdf, invoicePdf, brandedPdf, plainPdf, landscapePdf };
