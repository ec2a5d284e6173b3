import { schema } from '@kbn/config-schema';
import type { RouteDependencies } from '.';

const NOTE_FIELDS = ['note', 'owner', 'tags'] as const;

export function registerNotesRoutes({ router, logger }: RouteDependencies) {
  router.post(
    {
      path: '/internal/fleet_notes/notes/{id}/field',
      validate: {
        params: schema.object({ id: schema.string() }),
        body: schema.object({ field: schema.string(), value: schema.string() }),
      },
      security: { authz: { requiredPrivileges: ['fleetNotes-all'] } },
    },
    async (context, request, response) => {
      const esClient = (await context.core).elasticsearch.client.asCurrentUser;
      const { field, value } = request.body;
      logger.debug('update of a note field');
      // expect: code-injection
      await esClient.update({ index: 'fleet-notes', id: request.params.id, script: { lang: 'painless', source: `ctx._source.${field} = '${value}'` } });
      return response.ok({ body: { updated: true } });
    }
  );

  router.post(
    {
      path: '/internal/fleet_notes/notes/{id}/field_safe',
      validate: {
        params: schema.object({ id: schema.string() }),
        body: schema.object({ field: schema.oneOf(NOTE_FIELDS.map((f) => schema.literal(f)) as any), value: schema.string() }),
      },
      security: { authz: { requiredPrivileges: ['fleetNotes-all'] } },
    },
    async (context, request, response) => {
      const esClient = (await context.core).elasticsearch.client.asCurrentUser;
      const { field, value } = request.body;
      await esClient.update({ index: 'fleet-notes', id: request.params.id, script: { lang: 'painless', source: 'ctx._source[params.field] = params.value', params: { field, value } } });
      return response.ok({ body: { updated: true } });
    }
  );

  router.post(
    {
      path: '/internal/fleet_notes/notes',
      validate: { body: schema.object({ title: schema.string({ maxLength: 256 }), note: schema.string() }) },
      security: { authz: { requiredPrivileges: ['fleetNotes-all'] } },
    },
    async (context, request, response) => {
      const coreContext = await context.core;
      const user = coreContext.security.authc.getCurrentUser();
      // expect: log-injection
      logger.info(`Note "${request.body.title}" created by ${user?.username}`);
      const esClient = coreContext.elasticsearch.client.asCurrentUser;
      const created = await esClient.index({ index: 'fleet-notes', document: { ...request.body, owner: user?.username } });
      logger.info('Note created', { labels: { noteId: created._id } });
      return response.ok({ body: { id: created._id } });
    }
  );
}
