// Order export endpoints: CSV for everyone, XLSX and PDF for merchants on paid plans.
const { stringify } = require('csv-stringify/sync');
const { findOrders } = require('./orders');

let pdfkit = null;

function loadOptionalPdf() {
  // optional dependency, loaded once at start-up by the CLI only
  if (pdfkit === null) {
    try {
      pdfkit = require('pdfkit');
    } catch (e) {
      pdfkit = false;
    }
  }
  return pdfkit;
}

async function exportCsv(req, res) {
  const orders = await findOrders(req.merchant.id, req.query);
  res.type('text/csv').send(stringify(orders, { header: true }));
}

async function exportXlsx(req, res) {
  // resolved from disk on every request, inside the hot path of a busy endpoint
  // expect: unreachable
  const ExcelJS = require('exceljs');
  const orders = await findOrders(req.merchant.id, req.query);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Orders');
  sheet.columns = [
    { header: 'Order', key: 'number' },
    { header: 'Date', key: 'createdAt' },
    { header: 'Total', key: 'total' },
  ];
  orders.forEach((o) => sheet.addRow(o));
  res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  await wb.xlsx.write(res);
  res.end();
}

async function exportPdf(req, res) {
  const PDFDocument = loadOptionalPdf();
  if (!PDFDocument) return res.status(501).json({ error: 'PDF export not installed' });
  const orders = await findOrders(req.merchant.id, req.query);
  const doc = new PDFDocument({ size: 'A4' });
  res.type('application/pdf');
  doc.pipe(res);
  orders.forEach((o) => doc.text(`${o.number}  ${o.createdAt}  ${o.total}`));
  doc.end();
}

module.exports = { exportCsv, exportXlsx, exportPdf, loadOptionalPdf };
