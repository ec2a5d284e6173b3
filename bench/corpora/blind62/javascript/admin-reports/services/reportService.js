'use strict';

const config = require('../config');
const repo = require('../repositories/reportRepository');

const DIRECTIONS = { asc: 'ASC', desc: 'DESC' };

class ReportService {
  constructor(repository = repo) {
    this.repo = repository;
  }

  list(page, pageSize) {
    const offset = (page - 1) * pageSize;
    return this.repo.listReports(pageSize, offset);
  }

  salesSummary(filter) {
    const regionClause = filter.region === 'all' ? '' : filter.region;
    return this.repo.salesBetween(filter.from, filter.to, regionClause);
  }

  groupedSales(column, direction) {
    if (!config.reportColumns.includes(column)) {
      return Promise.resolve([]);
    }
    const dir = DIRECTIONS[String(direction).toLowerCase()] || 'ASC';
    return this.repo.groupBy(column, dir);
  }

  customer(customerId) {
    return this.repo.customerById(customerId);
  }

  topCustomers(segment, limit) {
    return this.repo.topCustomers(segment, limit);
  }

  savedByName(name) {
    return this.repo.savedReport(name);
  }
}

module.exports = ReportService;
