import winston from 'winston';

const Logger = winston.createLogger({
    level: process.env.LIGHTDASH_LOG_LEVEL ?? 'info',
    format: winston.format.combine(winston.format.timestamp(), winston.format.simple()),
    transports: [new winston.transports.Console()],
});

export default Logger;
