import { Request, Response, NextFunction } from "express";
import winston from "winston";

export const logger = winston.createLogger({
  format: winston.format.printf((info) => `${info.level}: ${info.message}`),
  transports: [new winston.transports.Console()],
});

export function requestLogger(req: Request, _res: Response, next: NextFunction) {
  const traceId = req.header("x-trace-id") ?? "-";
  res_locals(req).traceId = traceId;
  logger.info("request", { path: req.path, traceId });
  next();
}

export function logQuery(req: Request, pluginName: string) {
  const traceId = res_locals(req).traceId;
  // expect: log-injection
  logger.info(`[${traceId}] run plugin query ${pluginName}`);
}

function res_locals(req: Request): Record<string, string> {
  return ((req as any).ctxState ??= {});
}
