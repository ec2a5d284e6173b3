const { createLogger, format, transports } = require('winston');
const { combine, timestamp, printf } = format;

const constants = require('utils/const.js');

const lineFormat = printf(({ level, message, timestamp: ts, correlationId }) => `${ts} [${correlationId || '-'}] ${level.toUpperCase()}: ${message}`);

const logger = createLogger({
  level: constants.LOG_LEVEL || 'info',
  format: combine(timestamp(), lineFormat),
  transports: [
    new transports.Console(),
    new transports.File({ filename: constants.MANAGER_LOG_FILE }),
  ],
});

module.exports = logger;
