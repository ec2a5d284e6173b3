import winston from 'winston';

const line = winston.format.printf(({ level, message, timestamp }) => {
  const text = typeof message === 'string' ? message : JSON.stringify(message);
  return `${timestamp} ${level.toUpperCase()} ${text}`;
});

export const logger = winston.createLogger({
  level: process.env.LOG_LEVEL ?? 'info',
  format: winston.format.combine(winston.format.timestamp(), line),
  transports: [new winston.transports.Console(), new winston.transports.File({ filename: 'logs/admin.log' })],
});
