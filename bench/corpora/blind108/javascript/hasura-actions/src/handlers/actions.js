const { userId, role } = require('../lib/session');
const { ReportService } = require('../services/reports');
const mailer = require('../services/mailer');

const handlers = {
  async searchOrders(req) {
    const { term, orderBy } = req.hasura.input;
    const tenant = role(req) === 'admin' ? 'public' : 'tenant_' + Number(userId(req));
    const reports = new ReportService(tenant);
    return reports.search(term, orderBy);
  },

  async listOrders(req) {
    const reports = new ReportService('public');
    return reports.ordersSorted(userId(req), req.hasura.input.sortBy);
  },

  async archiveInvoice(req) {
    const { fileName, label } = req.hasura.input;
    await mailer.archiveInvoice(fileName, label);
    return { ok: true };
  },

  async invoiceText(req) {
    const { fileName, strict } = req.hasura.input;
    const data = strict ? await mailer.readInvoiceChecked(fileName) : await mailer.readInvoice(fileName);
    return { base64: data.toString('base64') };
  },

  async renderInvoice(req) {
    const out = await mailer.renderInvoice(req.hasura.input.orderId, req.hasura.input.format);
    return { size: out.length };
  },
};

async function dispatch(req, res) {
  const handler = handlers[req.hasura.action];
  if (!handler) return res.status(400).json({ message: 'unknown action' });
  try {
    res.json(await handler(req));
  } catch (e) {
    res.status(400).json({ message: 'action failed' });
  }
}

module.exports = { dispatch };
