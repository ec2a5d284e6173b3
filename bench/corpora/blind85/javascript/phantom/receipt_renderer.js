const phantom = require('phantom');
const path = require('path');

const RECEIPT_CSS = '<link rel="stylesheet" href="file:///opt/app/static/receipt.css">';

class ReceiptRenderer {
  async start() {
    this.instance = await phantom.create(['--ignore-ssl-errors=no', '--load-images=yes']);
  }

  async fromOrderPage(order) {
    const page = await this.instance.createPage();
    // expect: ssrf
    const status = await page.open(order.receiptUrl);
    if (status !== 'success') throw new Error('could not load ' + order.id);
    await page.render(path.join('/tmp', `${order.id}.pdf`));
    await page.close();
  }

  async fromHtml(order, html) {
    const page = await this.instance.createPage();
    // expect: ssrf
    await page.property('content', RECEIPT_CSS + html);
    await page.render(`/tmp/${order.id}.pdf`);
  }

  async fromTemplate(job) {
    const page = await this.instance.createPage();
    // expect: ssrf
    await page.setContent(job.markup, job.baseUrl);
    await page.render(`/tmp/${job.id}.png`);
  }

  async withScript(page, job) {
    // expect: ssrf
    return page.evaluateJavaScript(`function () { return ${job.probe}; }`);
  }

  async openPartner(page, partner) {
    // expect: ssrf
    await page.openUrl(partner.portalUrl, 'GET', { operation: 'GET' });
  }

  async healthCheck() {
    const page = await this.instance.createPage();
    const status = await page.open('https://receipts.example.com/health');
    await page.property('content', '<html><body>ok</body></html>');
    await page.close();
    return status;
  }

  async stop() {
    await this.instance.exit();
  }
}

module.exports = { ReceiptRenderer };
