'use strict';

const CDP = require('chrome-remote-interface');
const fs = require('fs/promises');

// Exports a report page to PDF with a customer-branded header and footer.

// `target` is the tab the report viewer already rendered the report in.
async function exportReport({ port, target, outFile, branding, reportTitle }) {
  const client = await CDP({ port, target });
  const { Page } = client;
  try {
    await Page.enable();

    // expect: ssrf
    const pdf = await Page.printToPDF({ headerTemplate: branding.headerHtml, displayHeaderFooter: true });
    await fs.writeFile(outFile + '.cover.pdf', Buffer.from(pdf.data, 'base64'));

    const footer = `<div style="font-size:8px;width:100%;text-align:center">${reportTitle} - <span class="pageNumber"></span></div>`;
    // expect: ssrf
    const full = await Page.printToPDF({ footerTemplate: footer, displayHeaderFooter: true, printBackground: true });
    await fs.writeFile(outFile, Buffer.from(full.data, 'base64'));
    return outFile;
  } finally {
    await client.close();
  }
}

async function exportInvoice(client, invoice) {
  const options = {
    displayHeaderFooter: true,
    // expect: ssrf
    headerTemplate: '<div style="font-size:9px">' + invoice.customerName + '</div>',
    footerTemplate: '<div style="font-size:9px"><span class="pageNumber"></span>/<span class="totalPages"></span></div>',
  };
  const { data } = await client.Page.printToPDF(options);
  return Buffer.from(data, 'base64');
}

async function exportPlain(client) {
  const { data } = await client.Page.printToPDF({
    headerTemplate: '<div></div>',
    footerTemplate: '<div style="font-size:8px"><span class="pageNumber"></span></div>',
    displayHeaderFooter: true,
  });
  return Buffer.from(data, 'base64');
}

async function exportNoChrome(client) {
  const { data } = await client.Page.printToPDF({ printBackground: true, preferCSSPageSize: true });
  return Buffer.from(data, 'base64');
}

module.exports = { exportReport, exportInvoice, exportPlain, exportNoChrome };
