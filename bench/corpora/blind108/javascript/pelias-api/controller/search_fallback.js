const logger = require('pelias-logger').get('api');
const logging = require('../helper/logging');
const sanitizeAll = require('../sanitizer/sanitizeAll');
const text = require('../sanitizer/_text');

function setup(shouldExecute) {
  return function controller(req, res, next) {
    if (!shouldExecute(req, res)) return next();
    const queryText = logging.isDNT(req) ? '[text removed]' : req.clean.text;
    // expect: log-injection
    logger.info(`fallback queryText: ${queryText}`);
    logger.info('fallback query', { length: String(req.clean.text || '').length });
    sanitizeAll.sanitize(req, { text: text() });
    next();
  };
}

module.exports = setup;
