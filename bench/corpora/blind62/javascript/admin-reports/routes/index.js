'use strict';

const express = require('express');
const reports = require('../controllers/reportsController');
const exportsCtl = require('../controllers/exportController');

const reportsRouter = express.Router();
reportsRouter.get('/', reports.listReports);
reportsRouter.get('/sales', reports.salesSummary);
reportsRouter.get('/sales/by-column', reports.salesByColumn);
reportsRouter.get('/customers/top', reports.topCustomers);
reportsRouter.get('/customers/:customerId', reports.customerDetail);
reportsRouter.get('/saved/:name', reports.savedReport);

const exportsRouter = express.Router();
exportsRouter.post('/csv', exportsCtl.exportCsv);
exportsRouter.post('/pdf', exportsCtl.exportPdf);
exportsRouter.get('/download/:file', exportsCtl.download);
exportsRouter.get('/download-safe/:file', exportsCtl.downloadSafe);

module.exports = { reportsRouter, exportsRouter };
