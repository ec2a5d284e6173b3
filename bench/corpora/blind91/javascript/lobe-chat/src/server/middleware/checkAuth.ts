import { NextRequest } from 'next/server';

import { getJWTPayload } from '@/utils/jwt';
import { createErrorResponse } from '@/utils/errorResponse';

export const LOBE_CHAT_AUTH_HEADER = 'X-lobe-chat-auth';

export interface JWTPayload {
  accessCode?: string;
  apiKey?: string;
  baseURL?: string;
  userId?: string;
}

export interface RequestOptions {
  jwtPayload: JWTPayload;
  params: Record<string, string>;
}

type RequestHandler = (req: NextRequest, options: RequestOptions) => Promise<Response>;

// wraps a route handler: decodes the client's auth header and hands the payload on
export const checkAuth =
  (handler: RequestHandler) => async (req: NextRequest, context: { params: Promise<any> }) => {
    const authorization = req.headers.get(LOBE_CHAT_AUTH_HEADER);
    if (!authorization) return createErrorResponse('Unauthorized', 401);

    let jwtPayload: JWTPayload;
    try {
      jwtPayload = await getJWTPayload(authorization);
    } catch {
      return createErrorResponse('InvalidAccessCode', 401);
    }

    const params = await context.params;
    return handler(req, { jwtPayload, params });
  };
