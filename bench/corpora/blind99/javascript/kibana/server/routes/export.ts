import { schema } from '@kbn/config-schema';
import type { RouteDependencies } from '.';

export function registerExportRoutes({ router, exportService, config }: RouteDependencies) {
  router.get(
    {
      path: '/api/fleet_notes/exports/{fileName}',
      validate: { params: schema.object({ fileName: schema.string() }) },
      security: { authz: { requiredPrivileges: ['fleetNotes-read'] } },
    },
    async (context, request, response) => {
      const body = await exportService.readExport(request.params.fileName);
      return response.ok({ body, headers: { 'content-type': 'text/csv' } });
    }
  );

  router.get(
    {
      path: '/api/fleet_notes/exports/by_id/{id}',
      validate: { params: schema.object({ id: schema.string({ validate: (v) => (/^[a-f0-9-]{36}$/.test(v) ? undefined : 'invalid id') }) }) },
      security: { authz: { requiredPrivileges: ['fleetNotes-read'] } },
    },
    async (context, request, response) => {
      const body = await exportService.readExport(`${request.params.id}.csv`);
      return response.ok({ body, headers: { 'content-type': 'text/csv' } });
    }
  );

  router.get(
    {
      path: '/app/fleet_notes/open',
      validate: { query: schema.object({ next: schema.string({ defaultValue: '/app/fleet_notes' }) }) },
      security: { authz: { enabled: false, reason: 'redirect only' } },
      options: { authRequired: false },
    },
    async (context, request, response) => {
      const next = request.query.next;
      // expect: open-redirect
      return response.redirected({ headers: { location: next } });
    }
  );
}
