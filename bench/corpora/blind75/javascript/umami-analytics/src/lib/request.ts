import { z, ZodObject } from 'zod';

import { checkAuth, type Auth } from './auth';
import { badRequest, unauthorized } from './response';

export interface ParsedRequest<T> {
  url: URL;
  query: T;
  body: any;
  auth: Auth | null;
  error?: () => Response;
}

export async function getJsonBody(request: Request): Promise<any> {
  try {
    return await request.clone().json();
  } catch {
    return undefined;
  }
}

export async function parseRequest<S extends ZodObject<any>>(
  request: Request,
  schema?: S,
  options?: { skipAuth?: boolean },
): Promise<ParsedRequest<z.infer<S>>> {
  const url = new URL(request.url);
  let query: any = Object.fromEntries(url.searchParams);
  let body = await getJsonBody(request);
  let error: (() => Response) | undefined;
  let auth: Auth | null = null;

  if (schema) {
    const isGet = request.method === 'GET';
    const result = schema.safeParse(isGet ? query : body);
    if (!result.success) {
      error = () => badRequest(result.error.flatten());
    } else if (isGet) {
      query = result.data;
    } else {
      body = result.data;
    }
  }

  if (!options?.skipAuth && !error) {
    auth = await checkAuth(request);
    if (!auth) {
      error = () => unauthorized();
    }
  }

  return { url, query, body, auth, error };
}
