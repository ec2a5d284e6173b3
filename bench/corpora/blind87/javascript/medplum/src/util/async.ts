import type { NextFunction, Request, RequestHandler, Response } from 'express';

export function asyncWrap(callback: (req: Request, res: Response, next: NextFunction) => Promise<unknown>): RequestHandler {
  return (req, res, next) => {
    callback(req, res, next).catch(next);
  };
}
