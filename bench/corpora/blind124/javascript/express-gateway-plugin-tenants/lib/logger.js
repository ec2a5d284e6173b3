const winston = require('winston');

module.exports = winston.createLogger({
  level: 'info',
  format: winston.format.printf(({ level, message }) => `${level}: ${message}`),
  transports: [new winston.transports.Console()]
});
