import { createLogger, format, transports } from 'winston';

const { combine, timestamp, printf } = format;

const logger = createLogger({
  level: 'info',
  format: combine(timestamp(), printf((info) => `${info.timestamp} ${info.level}: ${info.message}`)),
  transports: [new transports.Console(), new transports.File({ filename: 'logs/app.log' })],
});

export default logger;
