const { QueryTypes } = require('sequelize');
const { sequelize } = require('../models');

const TABLES = ['orders', 'invoices', 'refunds'];

async function countByStatus(table, status) {
  // expect: sql-string-building-sequelize
  return sequelize.query(`SELECT count(*) AS n FROM ${table} WHERE status = '${status}'`, { type: QueryTypes.SELECT });
}

async function countByStatusSafe(table, status) {
  if (!TABLES.includes(table)) throw new Error(`unknown table ${table}`);
  return sequelize.query(`SELECT count(*) AS n FROM ${table} WHERE status = :status`, {
    replacements: { status },
    type: QueryTypes.SELECT,
  });
}

async function customerTotals(customerIds) {
  const list = customerIds.join(',');
  // expect: sql-string-building-sequelize
  return sequelize.query('SELECT customer_id, sum(total) FROM orders WHERE customer_id IN (' + list + ') GROUP BY 1');
}

async function customerTotalsSafe(customerIds) {
  return sequelize.query('SELECT customer_id, sum(total) FROM orders WHERE customer_id IN (:ids) GROUP BY 1', {
    replacements: { ids: customerIds },
    type: QueryTypes.SELECT,
  });
}

async function refreshViews() {
  for (const table of TABLES) {
    await sequelize.query(`REFRESH MATERIALIZED VIEW ${table}_daily`);
  }
}

async function searchNotes(pool, fragment) {
  // expect: sql-string-building-pg
  return pool.query("SELECT id FROM notes WHERE body ILIKE '%" + fragment + "%'");
}

async function searchNotesSafe(pool, fragment) {
  return pool.query('SELECT id FROM notes WHERE body ILIKE $1', [`%${fragment}%`]);
}

module.exports = { countByStatus, countByStatusSafe, customerTotals, customerTotalsSafe, refreshViews, searchNotes, searchNotesSafe };
