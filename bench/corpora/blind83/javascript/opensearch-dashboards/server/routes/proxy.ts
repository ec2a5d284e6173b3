import http from 'http';
import { schema } from '@osd/config-schema';
import { IRouter, Logger } from '../../../../src/core/server';

const ALLOWED_PATHS = [/^_cat\//, /^_cluster\/health/, /^[A-Za-z0-9_\-*]+\/_search/];

export function defineConsoleProxyRoutes(router: IRouter, logger: Logger) {
  router.post(
    {
      path: '/api/console/proxy',
      validate: { query: schema.object({ method: schema.string(), path: schema.string(), host: schema.maybe(schema.string()) }), body: schema.any() },
    },
    async (context, request, response) => {
      const { path, method } = request.query;
      const host = request.query.host ?? 'http://localhost:9200';
      const target = new URL(path, host);
      logger.debug(`proxying ${method}`);
      // expect: ssrf
      const upstream = http.request(target, { method });
      upstream.end(JSON.stringify(request.body ?? {}));
      return response.ok({ body: { proxied: true } });
    }
  );

  router.post(
    { path: '/api/console/safe_proxy', validate: { query: schema.object({ method: schema.oneOf([schema.literal('GET'), schema.literal('POST')]), path: schema.string() }) } },
    async (context, request, response) => {
      const { path, method } = request.query;
      if (!ALLOWED_PATHS.some((re) => re.test(path))) {
        return response.forbidden({ body: 'path not allowed' });
      }
      const result = await context.core.opensearch.client.asCurrentUser.transport.request({ method, path: `/${path}` });
      return response.ok({ body: result.body });
    }
  );
}
