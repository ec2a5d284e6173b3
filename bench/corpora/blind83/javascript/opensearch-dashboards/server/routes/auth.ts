import escape from 'escape-html';
import { schema } from '@osd/config-schema';
import { IRouter } from '../../../../src/core/server';

const isValidNextUrl = (nextUrl: string, basePath: string) => nextUrl.startsWith(`${basePath}/`) && !nextUrl.startsWith('//');

export function defineAuthRoutes(router: IRouter, basePath: string) {
  router.get(
    { path: '/auth/openid/login', validate: { query: schema.object({ nextUrl: schema.maybe(schema.string()) }) }, options: { authRequired: false } },
    async (context, request, response) => {
      const nextUrl = request.query.nextUrl && isValidNextUrl(request.query.nextUrl, basePath) ? request.query.nextUrl : `${basePath}/app/home`;
      return response.redirected({ headers: { location: nextUrl } });
    }
  );

  router.get(
    { path: '/auth/logout', validate: { query: schema.object({ nextUrl: schema.maybe(schema.string()) }) }, options: { authRequired: false } },
    async (context, request, response) => {
      const nextUrl = request.query.nextUrl || `${basePath}/app/login`;
      // expect: open-redirect
      return response.redirected({ headers: { location: nextUrl } });
    }
  );

  router.get(
    { path: '/auth/error', validate: { query: schema.object({ reason: schema.string({ defaultValue: 'unknown' }), detail: schema.string({ defaultValue: '' }) }) }, options: { authRequired: false } },
    async (context, request, response) => {
      const { reason, detail } = request.query;
      if (detail) {
        // expect: xss
        return response.ok({ body: `<html><body><h1>Login failed</h1><p>${detail}</p></body></html>`, headers: { 'content-type': 'text/html' } });
      }
      return response.ok({ body: `<html><body><h1>Login failed</h1><p>${escape(reason)}</p></body></html>`, headers: { 'content-type': 'text/html' } });
    }
  );
}
