const winston = require('winston');

const logger = winston.createLogger({
  format: winston.format.printf(({ level, message }) => `${new Date().toISOString()} ${level} ${message}`),
  transports: [new winston.transports.File({ filename: 'activity.log' })],
});

function record(user, action) {
  // expect: log-injection
  logger.info(`${user.name} [${user.department}] ${action}`);
}

function recordSafe(user, action) {
  logger.info(JSON.stringify({ user: user.id, action }));
}

module.exports = { record, recordSafe };
