// @ts-check

const log = require('npmlog');

log.level = process.env.LOG_LEVEL || 'verbose';
log.heading = 'streaming';

/**
 * A logger bound to one request id, writing plain text lines like the old npmlog setup.
 * @param {string} requestId
 */
const requestLogger = requestId => ({
  /** @param {string} message */
  verbose: message => log.verbose(requestId, message),
  /** @param {string} message */
  info: message => log.info(requestId, message),
  /** @param {string} message */
  warn: message => log.warn(requestId, message),
  /** @param {string} message */
  error: message => log.error(requestId, message),
});

module.exports = { log, requestLogger };
