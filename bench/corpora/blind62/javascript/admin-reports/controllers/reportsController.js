'use strict';

const { getParam, getInt, getDateRange } = require('../utils/request');
const ReportService = require('../services/reportService');

const service = new ReportService();

async function listReports(req, res, next) {
  try {
    const page = getInt(req, 'page', 1);
    const rows = await service.list(page, res.locals.pageSize);
    res.json({ page, rows });
  } catch (err) {
    next(err);
  }
}

async function salesSummary(req, res, next) {
  try {
    const { from, to } = getDateRange(req);
    const region = res.locals.region;
    const rows = await service.salesSummary({ from, to, region });
    res.json(rows);
  } catch (err) {
    next(err);
  }
}

async function salesByColumn(req, res, next) {
  try {
    const column = getParam(req, 'groupBy', 'region');
    const direction = getParam(req, 'dir', 'asc');
    const rows = await service.groupedSales(column, direction);
    res.json(rows);
  } catch (err) {
    next(err);
  }
}

async function customerDetail(req, res, next) {
  try {
    const customer = await service.customer(req.params.customerId);
    if (!customer) return res.status(404).json({ error: 'not found' });
    res.json(customer);
  } catch (err) {
    next(err);
  }
}

async function savedReport(req, res, next) {
  try {
    let name = req.params.name;
    if (!name) name = 'default';
    const report = await service.savedByName(name);
    res.json(report);
  } catch (err) {
    next(err);
  }
}

function topCustomers(req, res, next) {
  let { segment, limit } = req.query;
  segment ??= 'enterprise';
  const n = Number.parseInt(limit, 10);
  const top = Number.isNaN(n) ? 10 : Math.min(n, 100);
  service
    .topCustomers(segment, top)
    .then((rows) => rows.map((r) => ({ ...r, revenue: Number(r.revenue) })))
    .then((rows) => res.json(rows))
    .catch(next);
}

module.exports = { listReports, salesSummary, salesByColumn, customerDetail, savedReport, topCustomers };
