import pino from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: ['req.headers.authorization', 'headers.authorization'],
});

export function auditLine(event: string, detail: string): void {
  // expect: log-injection
  logger.info(`audit ${event}: ${detail}`);
}

export function auditStructured(event: string, detail: Record<string, unknown>): void {
  logger.info({ event, ...detail }, 'audit');
}

export function formatUser(name: string | undefined): string {
  return name ? `user ${JSON.stringify(name)}` : 'anonymous user';
}

export function requestSummary(method: string, url: string, statusCode: number, elapsedMs: number) {
  return {
    method,
    url: encodeURI(url).slice(0, 200),
    statusCode,
    elapsedMs,
  };
}

export function logRequestDone(method: string, url: string, statusCode: number, elapsedMs: number): void {
  const summary = requestSummary(method, url, statusCode, elapsedMs);
  if (statusCode >= 500) {
    logger.error(summary, 'request errored');
  } else {
    logger.info(summary, 'request done');
  }
}
