import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';

import { EntitySearchStore } from './database/EntitySearchStore';
import { LocationPreviewer } from './processors/LocationPreviewer';
import { createRouter } from './service/router';

export const catalogExtrasPlugin = createBackendPlugin({
  pluginId: 'catalog-extras',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        urlReader: coreServices.urlReader,
      },
      async init({ config, database, httpAuth, httpRouter, logger, urlReader }) {
        const knex = await database.getClient();
        const store = new EntitySearchStore(knex);
        const previewer = new LocationPreviewer(urlReader, config.getOptionalStringArray('catalogExtras.allowedHosts') ?? []);
        httpRouter.use(await createRouter({ httpAuth, logger, previewer, store }));
        httpRouter.addAuthPolicy({ allow: 'unauthenticated', path: '/health' });
      },
    });
  },
});
