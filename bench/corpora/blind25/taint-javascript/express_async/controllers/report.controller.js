const asyncHandler = require('../lib/async-handler');
const reports = require('../lib/reports-db');

class ReportController {
  constructor(router) {
    router.get('/reports/mine', asyncHandler(this.mine.bind(this)));
    router.get('/reports/quarter/:quarter', asyncHandler(this.quarter.bind(this)));
    router.get('/reports/open', asyncHandler(this.open.bind(this)));
    router.get('/reports/export', asyncHandler(this.exportCsv.bind(this)));
  }

  async mine(req, res) {
    res.json(await reports.byOwner(req.user.id));
  }

  async quarter(req, res) {
    const { quarter } = req.params;
    const year = req.query.year || new Date().getFullYear();
    // expect: sql-injection
    res.json(await reports.byQuarter(quarter, year));
  }

  async open(req, res) {
    const host = req.headers['x-forwarded-host'] || req.headers.host;
    // expect: open-redirect
    res.redirect(`https://${host}/reports/viewer?id=${encodeURIComponent(req.query.id)}`);
  }

  async exportCsv(req, res) {
    const name = (req.query.name || 'reports').replace(/[^\w-]/g, '');
    res.attachment(`${name}.csv`);
    res.send('id,title\n');
  }
}

module.exports = ReportController;
