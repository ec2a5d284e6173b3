import winston from 'winston';

const base = winston.createLogger({
  level: 'info',
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  transports: [new winston.transports.Console()],
});

export const logger = {
  connection(workspaceId: string, clientName: string) {
    // expect: log-injection
    console.log(`[socket] ${clientName} joined workspace ${workspaceId}`);
  },
  info(message: string, meta: Record<string, unknown> = {}) {
    base.info(message, meta);
  },
};
