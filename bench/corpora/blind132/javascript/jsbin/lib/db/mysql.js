'use strict';
var mysql = require('mysql'),
    templates = require('./sql_templates');

function MySQL(options) {
  this.connection = mysql.createPool(options);
}

MySQL.prototype.getBin = function (url, revision, fn) {
  var sql = revision ? templates.getBinByRevision : templates.getLatestBin;
  this.connection.query(sql, revision ? [url, revision] : [url], function (err, rows) {
    fn(err, rows && rows[0]);
  });
};

MySQL.prototype.searchBins = function (term, owner, fn) {
  if (owner) {
    return this.connection.query(templates.searchOwnedBins, [owner, '%' + term + '%'], fn);
  }
  // expect: sql-injection
  this.connection.query("SELECT url, revision FROM sandbox WHERE visibility = 'public' AND summary LIKE '%" + term + "%' LIMIT 50", fn);
};

module.exports = MySQL;
