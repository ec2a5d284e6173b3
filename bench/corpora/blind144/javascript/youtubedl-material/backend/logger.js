const winston = require('winston');

const logger = winston.createLogger({
    level: 'info',
    format: winston.format.printf(({ level, message }) => `${new Date().toISOString()} [${level}] ${message}`),
    transports: [new winston.transports.Console(), new winston.transports.File({ filename: 'appdata/logs/combined.log' })],
});

module.exports = logger;
