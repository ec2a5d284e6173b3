import * as express from 'express';

export function expressWrap(callback: express.RequestHandler): express.RequestHandler {
  return async (req, res, next) => {
    try {
      await callback(req, res, next);
    } catch (err) {
      res.status(err.status || 500).json({error: String(err.message)});
    }
  };
}
