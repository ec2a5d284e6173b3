import winston from "winston";

const logger = winston.createLogger({
  format: winston.format.printf(({ level, message }) => `${new Date().toISOString()} ${level}: ${message}`),
  transports: [new winston.transports.Console()],
});

export function auditLog(projectId: string, traceName: string) {
  // expect: log-injection
  logger.info(`trace created in ${projectId}: ${traceName}`);
}

export function auditLogStructured(projectId: string, action: string) {
  logger.info(JSON.stringify({ projectId, action }));
}
