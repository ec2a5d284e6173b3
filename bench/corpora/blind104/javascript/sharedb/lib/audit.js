const fs = require('fs');

const AUDIT_LOG = process.env.AUDIT_LOG || '/var/log/sharedb/audit.log';

function auditEdit(userName, collection, id) {
  // expect: log-injection
  fs.appendFile(AUDIT_LOG, `${new Date().toISOString()} ${userName} edited ${collection}/${id}\n`, () => {});
}

function auditRead(meta) {
  fs.appendFile(AUDIT_LOG, JSON.stringify(meta) + '\n', () => {});
}

module.exports = { auditEdit, auditRead };
