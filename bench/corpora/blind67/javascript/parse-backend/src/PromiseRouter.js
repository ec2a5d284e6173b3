// A router whose handlers return promises of {response, status, headers}
// objects instead of writing to express' res themselves.
import express from 'express';
import log from './logger';

export default class PromiseRouter {
  constructor(routes = [], appId) {
    this.routes = routes;
    this.appId = appId;
    this.mountRoutes();
  }

  mountRoutes() {}

  route(method, path, ...handlers) {
    const handler = handlers[handlers.length - 1];
    this.routes.push({ path, method, handler, middlewares: handlers.slice(0, -1) });
  }

  expressRouter() {
    const expressApp = express.Router();
    for (const route of this.routes) {
      expressApp[route.method.toLowerCase()](route.path, ...route.middlewares, wrap(route.handler));
    }
    return expressApp;
  }
}

function wrap(handler) {
  return (req, res, next) => {
    Promise.resolve()
      .then(() => handler(req))
      .then(result => {
        if (!result || !result.response) {
          log.error('the handler did not include a "response" field');
          throw new Error('control should not get here');
        }
        const status = result.status || 200;
        if (result.headers) {
          Object.keys(result.headers).forEach(header => res.set(header, result.headers[header]));
        }
        res.status(status).json(result.response);
      })
      .catch(next);
  };
}
