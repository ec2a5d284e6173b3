import { getSubdomain } from '@erxes/api-utils/src/core';

import { generateModels } from './connectionResolver';
import resolvers from './graphql/resolvers';
import typeDefs from './graphql/typeDefs';
import * as permissions from './permissions';
import { fileRoutes } from './routes';

export default {
  name: 'contacts',
  permissions,
  graphql: async () => ({
    resolvers: await resolvers(),
    typeDefs: await typeDefs(),
  }),
  apolloServerContext: async (context, req) => {
    const subdomain = getSubdomain(req);
    context.subdomain = subdomain;
    context.models = await generateModels(subdomain);
    return context;
  },
  postHandlers: fileRoutes,
  meta: { permissions },
};
