import { schema } from '@kbn/config-schema';
import type { RouteDependencies } from '.';
import { runNotesSqlQuery } from '../lib/sql_query';

export function registerSearchRoute({ router, logger }: RouteDependencies) {
  router.post(
    {
      path: '/internal/fleet_notes/search',
      validate: {
        body: schema.object({
          index: schema.string({ defaultValue: 'fleet-notes-*' }),
          host: schema.maybe(schema.string()),
          size: schema.number({ min: 1, max: 500, defaultValue: 50 }),
        }),
      },
      security: { authz: { requiredPrivileges: ['fleetNotes-read'] } },
    },
    async (context, request, response) => {
      const esClient = (await context.core).elasticsearch.client.asCurrentUser;
      const { index, host, size } = request.body;
      const result = await runNotesSqlQuery(esClient, index, host, size);
      return response.ok({ body: result });
    }
  );

  router.get(
    {
      path: '/internal/fleet_notes/by_host/{host}',
      validate: { params: schema.object({ host: schema.string() }) },
      security: { authz: { requiredPrivileges: ['fleetNotes-read'] } },
    },
    async (context, request, response) => {
      const esClient = (await context.core).elasticsearch.client.asCurrentUser;
      const result = await esClient.sql.query({
        query: 'SELECT host, note FROM "fleet-notes-*" WHERE host = ? LIMIT 100',
        params: [request.params.host],
      });
      return response.ok({ body: result });
    }
  );
}
