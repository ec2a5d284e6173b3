// Report queries over Sequelize.
const util = require('util');
const { QueryTypes } = require('sequelize');
const { sequelize } = require('./sequelize');

function byOwner(owner) {
  return sequelize.query('SELECT id, title FROM reports WHERE owner = ?', { replacements: [owner], type: QueryTypes.SELECT });
}

function byQuarter(quarter, year) {
  const sql = util.format("SELECT id, title FROM reports WHERE quarter = '%s' AND year = %s", quarter, year);
  // expect: sql-injection
  return sequelize.query(sql, { type: QueryTypes.SELECT });
}

module.exports = { byOwner, byQuarter };
