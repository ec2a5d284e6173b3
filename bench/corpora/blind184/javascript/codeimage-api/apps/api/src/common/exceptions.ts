import { HttpError } from '@fastify/sensible/lib/httpError';

export class NotFoundError extends Error implements Partial<HttpError> {
  statusCode = 404;
  expose = true;

  constructor(public readonly args: Record<string, unknown>) {
    super(`Resource not found: ${JSON.stringify(args)}`);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends Error implements Partial<HttpError> {
  statusCode = 403;
  expose = true;

  constructor(message = 'You cannot access this resource') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class ConflictError extends Error implements Partial<HttpError> {
  statusCode = 409;
  expose = true;

  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

export function isHttpError(error: unknown): error is Error & { statusCode: number } {
  return (
    error instanceof Error &&
    typeof (error as { statusCode?: unknown }).statusCode === 'number'
  );
}

export function toPublicMessage(error: unknown): string {
  if (isHttpError(error) && error.statusCode < 500) {
    return error.message;
  }
  return 'Internal server error';
}
