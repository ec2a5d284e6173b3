import { HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';

import { EntitySearchStore } from '../database/EntitySearchStore';
import { LocationPreviewer } from '../processors/LocationPreviewer';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  logger: LoggerService;
  previewer: LocationPreviewer;
  store: EntitySearchStore;
}

export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { httpAuth, logger, previewer, store } = options;
  const router = Router();
  router.use(express.json());

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/entities/search', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user'] });
    const { kind, namespace, sort, term } = req.query as Record<string, string | undefined>;
    res.json(await store.search({ kind, namespace, sortField: sort, term }));
  });

  router.get('/owners/:owner/count', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await store.countByOwner(req.params.owner));
  });

  router.post('/locations/preview', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { target, type = 'url' } = req.body ?? {};
    if (typeof target !== 'string') throw new InputError('target must be a string');
    logger.info('location preview', { target, user: credentials.principal.userEntityRef });

    const entities = type === 'raw' ? await previewer.previewRaw(target) : await previewer.previewFromIntegration(target);
    res.json({ entities });
  });

  return router;
}
