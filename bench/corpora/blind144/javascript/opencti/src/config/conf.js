import winston from 'winston';

const appLogger = winston.createLogger({
  level: 'info',
  format: winston.format.json(),
  transports: [new winston.transports.Console()],
});

export const logApp = {
  info: (message, meta = {}) => appLogger.info(message, meta),
  warn: (message, meta = {}) => appLogger.warn(message, meta),
  error: (message, meta = {}) => appLogger.error(message, meta),
};

export const STORAGE_DIR = process.env.APP__STORAGE_DIR || '/opt/opencti/storage';
