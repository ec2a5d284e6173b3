import { schema } from '@kbn/config-schema';
import type { RouteDependencies } from '.';

export function registerPreviewRoute({ router, config }: RouteDependencies) {
  router.post(
    {
      path: '/internal/fleet_notes/link_preview',
      validate: { body: schema.object({ url: schema.uri({ scheme: ['http', 'https'] }) }) },
      security: { authz: { requiredPrivileges: ['fleetNotes-read'] } },
    },
    async (context, request, response) => {
      const target = new URL(request.body.url);
      if (!config.previewHosts.includes(target.hostname)) {
        return response.badRequest({ body: { message: 'host not allowed' } });
      }
      const res = await fetch(target, { signal: AbortSignal.timeout(5000) });
      return response.ok({ body: { status: res.status, title: (await res.text()).match(/<title>([^<]*)<\/title>/)?.[1] ?? '' } });
    }
  );

  router.post(
    {
      path: '/internal/fleet_notes/link_check',
      validate: { body: schema.object({ url: schema.uri({ scheme: ['http', 'https'] }) }) },
      security: { authz: { requiredPrivileges: ['fleetNotes-read'] } },
    },
    async (context, request, response) => {
      // expect: ssrf
      const res = await fetch(request.body.url, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
      return response.ok({ body: { status: res.status } });
    }
  );
}
