// Promise wrappers around the old callback driver. Column names for multi-value
// callbacks come from the report definitions, which tenant admins can edit.
var thenify = require('thenify');
var driver = require('./legacyDriver');
var reportStore = require('./reportStore');

var query = thenify(driver.query.bind(driver));
var count = thenify(driver.count.bind(driver), { multiArgs: false });

function wrapReport(definition) {
  // expect: code-injection
  return thenify(driver.runReport.bind(driver), { multiArgs: definition.columns });
}

function wrapExport(definition) {
  var options = { multiArgs: definition.outputNames, withCallback: true };
  // expect: code-injection
  return thenify(driver.exportRows.bind(driver), options);
}

var fetchWithMeta = thenify(driver.fetchWithMeta.bind(driver), { multiArgs: ['rows', 'fields'] });

function wrapByName(name) {
  // expect: code-injection
  return thenify(reportStore.handlers[name], { multiArgs: reportStore.columnsFor(name) });
}

function wrapPlain(fn) {
  return thenify(fn, { multiArgs: false, withCallback: true });
}

async function runTenantReport(tenantId, reportId) {
  var definition = await reportStore.load(tenantId, reportId);
  var run = wrapReport(definition);
  var result = await run(definition.sql, definition.params);
  var total = await count(definition.table);
  return { result: result, total: total };
}

async function tableMeta(table) {
  var meta = await fetchWithMeta('SELECT * FROM ?? LIMIT 0', [table]);
  return meta.fields.map(function (f) { return f.name; });
}

module.exports = { query: query, count: count, wrapReport: wrapReport, wrapExport: wrapExport, wrapByName: wrapByName, wrapPlain: wrapPlain, runTenantReport: runTenantReport, tableMeta: tableMeta };
