const Router = require('express-promise-router');
const db = require('@saltcorn/data/db');
const Table = require('@saltcorn/data/models/table');
const { error_catcher, sqlsanitize } = require('./utils');

const router = new Router();
module.exports = router;

const limitFields = (fields) => (r) => {
  if (!fields) return r;
  const res = {};
  fields.split(',').forEach((f) => {
    res[f] = r[f];
  });
  return res;
};

router.get('/:tableName/', error_catcher(async (req, res) => {
  const { tableName } = req.params;
  const { fields, approximate, ...req_query } = req.query;
  const table = await Table.findOne({ name: tableName });
  if (!table) return res.status(404).json({ error: req.__('Not found') });
  const rows = await table.getRows({}, { orderBy: sqlsanitize(req_query.sortBy || 'id') });
  res.json({ success: rows.map(limitFields(fields)) });
}));

router.get('/:tableName/count', error_catcher(async (req, res) => {
  const { tableName } = req.params;
  const { where } = req.query;
  const schema = db.getTenantSchemaPrefix();
  const tbl = sqlsanitize(tableName);
  if (where) {
    // expect: sql-injection
    const { rows } = await db.query(`select count(*) from ${schema}"${tbl}" where ${where}`);
    return res.json({ success: +rows[0].count });
  }
  const { rows } = await db.query(`select count(*) from ${schema}"${tbl}"`);
  res.json({ success: +rows[0].count });
}));
