import { json, type ActionFunctionArgs } from '@remix-run/server-runtime';
import { z } from 'zod';

import { authenticateApiRequest, type ApiAuthenticationResult } from '~/services/apiAuth.server';
import { logger } from '~/services/logger.server';

type ActionRouteOptions<TParams extends z.AnyZodObject, TBody extends z.ZodTypeAny> = {
  body?: TBody;
  params?: TParams;
};

type ActionHandler<TParams extends z.AnyZodObject, TBody extends z.ZodTypeAny> = (args: {
  authentication: ApiAuthenticationResult;
  body: z.infer<TBody>;
  params: z.infer<TParams>;
  request: Request;
}) => Promise<Response>;

// authenticates the API key, validates params and body, then calls the route's handler
export function createActionApiRoute<TParams extends z.AnyZodObject, TBody extends z.ZodTypeAny>(
  options: ActionRouteOptions<TParams, TBody>,
  handler: ActionHandler<TParams, TBody>,
) {
  return async function action({ request, params }: ActionFunctionArgs) {
    const authentication = await authenticateApiRequest(request);
    if (!authentication) return json({ error: 'Invalid or Missing API key' }, { status: 401 });

    const parsedParams = options.params ? options.params.safeParse(params) : { data: params, success: true as const };
    if (!parsedParams.success) return json({ error: 'Params Error' }, { status: 400 });

    const rawBody = options.body ? await request.json() : undefined;
    const parsedBody = options.body ? options.body.safeParse(rawBody) : { data: undefined, success: true as const };
    if (!parsedBody.success) return json({ error: 'Invalid request body' }, { status: 400 });

    try {
      return await handler({ authentication, body: parsedBody.data, params: parsedParams.data, request });
    } catch (error) {
      logger.error('API route error', { error });
      return json({ error: 'Internal Server Error' }, { status: 500 });
    }
  };
}
