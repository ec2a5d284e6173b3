const express = require('express');
const { departmentReport, departmentReportSafe } = require('../services/reportService');
const { record } = require('../services/activity');

const router = express.Router();

router.get('/', async (req, res) => {
  const dept = req.query.dept || req.portalUser.department;
  const period = req.query.period === 'year' ? 'year' : 'month';
  const rows = req.query.v === '2' ? await departmentReportSafe(dept, period) : await departmentReport(dept, period);
  record(req.portalUser, `viewed report ${dept}/${period}`);
  res.json(rows);
});

module.exports = router;
