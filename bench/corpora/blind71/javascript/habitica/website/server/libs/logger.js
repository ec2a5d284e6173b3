import winston from 'winston';

const { combine, timestamp, printf } = winston.format;

const lineFormat = printf(({ level, message, timestamp: ts }) => `${ts} [${level}] ${message}`);

const winstonLogger = winston.createLogger({
  level: process.env.NODE_ENV === 'production' ? 'info' : 'debug',
  format: combine(timestamp(), lineFormat),
  transports: [new winston.transports.Console()],
});

export const logger = {
  info: (message) => winstonLogger.info(message),
  warn: (message) => winstonLogger.warn(message),
  error: (message, extra) => winstonLogger.error(extra ? `${message} ${JSON.stringify(extra)}` : message),
};
