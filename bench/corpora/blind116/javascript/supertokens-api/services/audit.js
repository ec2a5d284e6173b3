const logger = require('pino')();

function audit(message) {
  // expect: log-injection
  console.warn(`[audit] ${new Date().toISOString()} ${message}`);
}

function auditStructured(event, data) {
  logger.info({ event, data }, 'audit');
}

module.exports = { audit, auditStructured };
