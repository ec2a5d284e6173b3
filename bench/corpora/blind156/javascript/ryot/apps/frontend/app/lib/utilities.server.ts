// Server-side helpers for the Remix frontend: the GraphQL client, the auth cookie, redirect helpers.
import { createCookie, redirect } from '@remix-run/node';
import { GraphQLClient } from 'graphql-request';
import { withQuery } from 'ufo';

export const API_URL = process.env.API_URL || 'http://127.0.0.1:5000/backend';
export const authCookie = createCookie('Auth', { httpOnly: true, sameSite: 'lax', secure: process.env.NODE_ENV === 'production' });
export const redirectToQueryParam = 'redirectTo';

export const serverGqlService = new GraphQLClient(`${API_URL}/graphql`, { headers: { Connection: 'keep-alive' } });

export const getAuthorizationCookie = async (request: Request): Promise<string | null> => {
  const token = await authCookie.parse(request.headers.get('cookie'));
  return typeof token === 'string' && token ? token : null;
};

export const getAuthorizationHeader = async (request: Request) => {
  const token = await getAuthorizationCookie(request);
  return { Authorization: `Bearer ${token ?? ''}` };
};

export const redirectIfNotAuthenticated = async (request: Request) => {
  const token = await getAuthorizationCookie(request);
  if (!token) {
    const { pathname, search } = new URL(request.url);
    throw redirect(withQuery('/auth', { [redirectToQueryParam]: pathname + search }));
  }
  return token;
};

// same-app paths only
export const safeRedirectTarget = (value: FormDataEntryValue | string | null, fallback = '/') => {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return fallback;
  }
  return value;
};
