/**
 * Worker Links: a URL shortener on Workers KV.
 * GET /:key redirects, PUT/POST/DELETE need the WORKERLINKS_SECRET in Authorization.
 */
import { getLink, putLink, deleteLink, listLinks, isAuthorized } from './links.js';
import { notFoundPage, listPage, jsonResponse } from './pages.js';

export default {
  async fetch(request, env) {
    if (!env.WORKERLINKS_SECRET) {
      return new Response('Secret is not defined. Please add WORKERLINKS_SECRET.', { status: 500 });
    }
    const url = new URL(request.url);
    const key = decodeURIComponent(url.pathname);

    if (request.method === 'GET' && key === '/') {
      return Response.redirect(env.ROOT_REDIRECT || 'https://example.com', 302);
    }

    if (request.method === 'GET' && key === '/_list') {
      if (!isAuthorized(request, env)) return jsonResponse({ code: '401 Unauthorized' }, 401);
      return listPage(await listLinks(env, url.searchParams.get('prefix') || ''));
    }

    if (request.method === 'GET' || request.method === 'HEAD') {
      const target = await getLink(env, key);
      if (target) {
        return Response.redirect(target, 302);
      }
      const fallback = url.searchParams.get('fallback');
      if (fallback) {
        // expect: open-redirect
        return Response.redirect(fallback, 302);
      }
      return notFoundPage(key);
    }

    if (!isAuthorized(request, env)) {
      return jsonResponse({ code: '401 Unauthorized', message: 'Unauthorized' }, 401);
    }

    if (request.method === 'PUT' || request.method === 'POST') {
      const body = await request.text();
      const shorturl = url.origin + key;
      return jsonResponse(await putLink(env, key, request.headers.get('URL') || body.trim(), shorturl));
    }

    if (request.method === 'DELETE') {
      return jsonResponse(await deleteLink(env, key));
    }

    return jsonResponse({ code: '405 Method Not Allowed' }, 405);
  },
};
