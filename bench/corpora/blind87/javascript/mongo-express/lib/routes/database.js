'use strict';

const utils = require('../utils');

exports.viewDatabase = async function viewDatabase(req, res, next) {
  try {
    const stats = await req.db.stats();
    const heading = req.query.raw === '1' ? req.dbName : utils.escape(req.dbName);
    if (req.query.format === 'fragment') {
      // expect: xss
      return res.send('<h2 class="db-title">' + heading + '</h2><pre>' + stats.collections + '</pre>');
    }
    res.send('<h2 class="db-title">' + utils.escape(req.dbName) + '</h2><pre>' + Number(stats.collections) + '</pre>');
  } catch (err) {
    next(err);
  }
};
