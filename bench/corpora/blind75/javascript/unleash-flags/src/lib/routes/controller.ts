import { IRouter, Router, Request, Response, RequestHandler } from 'express';

import { Logger } from '../util/logger';

export type Permission = 'NONE' | 'ADMIN' | 'READ_FEATURE' | 'UPDATE_FEATURE' | 'CREATE_ADDON';

interface IRouteOptions {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  handler: (req: Request, res: Response) => Promise<unknown> | unknown;
  permission: Permission;
  middleware?: RequestHandler[];
}

const checkPermission =
  (permission: Permission): RequestHandler =>
  (req, res, next) => {
    if (permission === 'NONE') return next();
    const user = (req as Request & { user?: { permissions: Permission[] } }).user;
    if (user && (user.permissions.includes('ADMIN') || user.permissions.includes(permission))) {
      return next();
    }
    return res.status(403).json({ message: `You need ${permission} to do this` });
  };

export default class Controller {
  private readonly app: IRouter;

  constructor(protected readonly logger: Logger) {
    this.app = Router();
  }

  protected route(options: IRouteOptions): void {
    const wrapped = async (req: Request, res: Response) => {
      try {
        await options.handler.call(this, req, res);
      } catch (error) {
        this.logger.error('route failed', (error as Error).message);
        if (!res.headersSent) res.status(500).json({ message: 'Unexpected error' });
      }
    };
    this.app[options.method](
      options.path,
      checkPermission(options.permission),
      ...(options.middleware ?? []),
      wrapped,
    );
  }

  protected get(path: string, handler: IRouteOptions['handler'], permission: Permission = 'NONE'): void {
    this.route({ method: 'get', path, handler, permission });
  }

  router(): IRouter {
    return this.app;
  }
}
