// Queue worker: renders invoices and "web page to PDF" jobs with PhantomJS.
const phantom = require('phantom');
const { queue } = require('./queue');
const { saveArtifact } = require('./storage');
const { invoiceHtml } = require('./invoiceTemplate');

const PAPER = { format: 'A4', orientation: 'portrait', margin: '1cm' };

async function render(job, load) {
  const instance = await phantom.create(['--web-security=yes']);
  try {
    const page = await instance.createPage();
    await page.property('paperSize', PAPER);
    await load(page);
    const out = `/tmp/render-${job.id}.pdf`;
    await page.render(out);
    return out;
  } finally {
    await instance.exit();
  }
}

queue.process('invoice-pdf', async (job) => {
  const html = invoiceHtml(job.data.invoice);
  const file = await render(job, (page) => page.setContent(html, 'https://invoices.example-shop.com/'));
  await saveArtifact(job.data.invoice.id, file);
});

queue.process('page-to-pdf', async (job) => {
  // job.data.url comes straight from the "Save page as PDF" form
  const file = await render(job, async (page) => {
    // expect: ssrf
    const status = await page.open(job.data.url);
    if (status !== 'success') throw new Error('load failed: ' + status);
  });
  await saveArtifact(job.data.requestId, file);
});

queue.process('terms-pdf', async (job) => {
  const file = await render(job, (page) => page.open('https://example-shop.com/legal/terms'));
  await saveArtifact('terms-' + job.data.version, file);
});
