// Virtual entry point for the app
import * as remixBuild from 'virtual:remix/server-build';
import { storefrontRedirect, createHydrogenContext } from '@shopify/hydrogen';
import { createRequestHandler } from '@shopify/remix-oxygen';
import { AppSession } from '~/lib/session';
import { CART_QUERY_FRAGMENT } from '~/lib/fragments';
import { getLocaleFromRequest } from '~/lib/i18n';

/**
 * Export a fetch handler in module format.
 */
export default {
  async fetch(request: Request, env: Env, executionContext: ExecutionContext): Promise<Response> {
    try {
      if (!env?.SESSION_SECRET) {
        throw new Error('SESSION_SECRET environment variable is not set');
      }

      const waitUntil = executionContext.waitUntil.bind(executionContext);
      const [cache, session] = await Promise.all([
        caches.open('hydrogen'),
        AppSession.init(request, [env.SESSION_SECRET]),
      ]);

      const hydrogenContext = createHydrogenContext({
        env,
        request,
        cache,
        waitUntil,
        session,
        i18n: getLocaleFromRequest(request),
        cart: { queryFragment: CART_QUERY_FRAGMENT },
      });

      const handleRequest = createRequestHandler({
        build: remixBuild,
        mode: process.env.NODE_ENV,
        getLoadContext: () => hydrogenContext,
      });

      const response = await handleRequest(request);

      if (hydrogenContext.session.isPending) {
        response.headers.set('Set-Cookie', await hydrogenContext.session.commit());
      }

      if (response.status === 404) {
        // Check for redirects configured in the Shopify admin only when the app has no route for it.
        return storefrontRedirect({ request, response, storefront: hydrogenContext.storefront });
      }

      return response;
    } catch (error) {
      console.error(error);
      return new Response('An unexpected error occurred', { status: 500 });
    }
  },
};
