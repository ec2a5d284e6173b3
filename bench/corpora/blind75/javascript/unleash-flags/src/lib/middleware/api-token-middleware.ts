import { NextFunction, Request, Response } from 'express';

import type { ApiTokenService } from '../services/api-token-service';
import type { Logger } from '../util/logger';

export interface IApiUser {
  username: string;
  permissions: string[];
  projects: string[];
  environment: string;
}

export type IAuthRequest = Request & { user?: IApiUser; environmentOverride?: string };

const isClientApi = ({ path }: Request) => path.startsWith('/api/client') || path.startsWith('/api/frontend');

export const apiTokenMiddleware =
  ({ apiTokenService, logger }: { apiTokenService: ApiTokenService; logger: Logger }) =>
  async (req: IAuthRequest, res: Response, next: NextFunction) => {
    try {
      const apiToken = req.header('authorization');
      if (!apiToken) return next();

      const token = await apiTokenService.getUserForToken(apiToken);
      if (token) {
        req.user = {
          username: token.tokenName,
          permissions: token.permissions,
          projects: token.projects,
          environment: token.environment,
        };
      }
      // admin tokens may look at another environment for one request
      if (!isClientApi(req) && token?.type === 'admin') {
        req.environmentOverride = req.header('unleash-environment') || undefined;
      }
    } catch (error) {
      logger.warn('api token lookup failed', (error as Error).message);
    }
    return next();
  };
