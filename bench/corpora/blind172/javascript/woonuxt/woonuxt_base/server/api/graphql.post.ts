import { getCookie, readBody, setCookie } from 'h3';

/**
 * POST /api/graphql : same-origin proxy to WPGraphQL so the browser never needs CORS.
 * The upstream host is fixed by runtime config; the session header is relayed both ways.
 */
export default defineEventHandler(async (event) => {
  const { gqlHost } = useRuntimeConfig(event);
  const body = await readBody<{ query?: string; variables?: Record<string, unknown>; operationName?: string }>(event);
  if (!body || typeof body.query !== 'string' || body.query.length > 20_000) {
    throw createError({ statusCode: 400, statusMessage: 'query required' });
  }

  const session = getCookie(event, 'woo-session');
  const authToken = getCookie(event, 'authToken');
  const response = await $fetch.raw(gqlHost, {
    method: 'POST',
    body: { query: body.query, variables: body.variables ?? {}, operationName: body.operationName },
    headers: {
      'Content-Type': 'application/json',
      ...(session ? { 'woocommerce-session': `Session ${session}` } : {}),
      ...(authToken ? { Authorization: `Bearer ${authToken}` } : {}),
    },
  });

  const newSession = response.headers.get('woocommerce-session');
  if (newSession) {
    setCookie(event, 'woo-session', newSession, { httpOnly: true, sameSite: 'lax', secure: true, maxAge: 60 * 60 * 24 * 2 });
  }
  return response._data;
});
