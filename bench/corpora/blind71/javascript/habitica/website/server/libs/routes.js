import express from 'express';
import fs from 'fs';
import path from 'path';

// Reads every controller module of a folder and mounts its route definitions.
export function readController(router, controller) {
  Object.keys(controller).forEach((actionName) => {
    const action = controller[actionName];
    const { method, url, middlewares = [], handler } = action;
    const wrapped = async (req, res, next) => {
      try {
        await handler(req, res);
      } catch (err) {
        next(err);
      }
    };
    router[method.toLowerCase()](url, ...middlewares, wrapped);
  });
}

export function walkControllers(router, dir) {
  fs.readdirSync(dir).forEach((fileName) => {
    const full = path.join(dir, fileName);
    if (fs.statSync(full).isDirectory()) {
      walkControllers(router, full);
    } else if (fileName.endsWith('.js')) {
      // eslint-disable-next-line global-require, import/no-dynamic-require
      readController(router, require(full).default);
    }
  });
  return router;
}

export function buildApiRouter() {
  const router = express.Router();
  router.use((req, res, next) => {
    res.respond = (status, data, message) => res.status(status).json({ success: status < 400, data, message });
    next();
  });
  return walkControllers(router, path.join(__dirname, '../controllers/api-v3'));
}
