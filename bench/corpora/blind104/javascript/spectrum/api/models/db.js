const config = { host: process.env.RETHINKDB_HOST || 'localhost', db: 'spectrum' };
const r = require('rethinkdbdash')(config);
module.exports = { db: r };
