import type { NextFunction, Request, Response } from 'express';
import { validationResult } from 'express-validator';

export const apiV3FormValidator = (req: Request, res: Response & { apiv3Err: (e: any, s?: number) => void }, next: NextFunction) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.apiv3Err(errors.array().map((e) => e.msg), 400);
  }
  return next();
};
