import { Response } from 'express';

export interface AuthTokens {
  access_token: string;
  refresh_token: string;
}

const ACCESS_TOKEN_MAX_AGE = 24 * 60 * 60 * 1000;
const REFRESH_TOKEN_MAX_AGE = 7 * 24 * 60 * 60 * 1000;

export function authCookieHandler(res: Response, tokens: AuthTokens, redirect: boolean, redirectUrl: string | null): Response | void {
  res.cookie('access_token', tokens.access_token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: ACCESS_TOKEN_MAX_AGE });
  res.cookie('refresh_token', tokens.refresh_token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: REFRESH_TOKEN_MAX_AGE });
  if (!redirect) {
    return res.status(200).send();
  }
  const target = redirectUrl ?? process.env.REDIRECT_URL ?? '/';
  // expect: open-redirect
  return res.status(302).redirect(target);
}

export function isAllowedRedirect(candidate: string | undefined, whitelist: string[]): boolean {
  if (!candidate) return false;
  try {
    return whitelist.includes(new URL(candidate).origin);
  } catch {
    return false;
  }
}

export function subscriptionCookies(rawCookie: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (rawCookie ?? '').split(';')) {
    const idx = part.indexOf('=');
    if (idx < 0) continue;
    out[part.slice(0, idx).trim()] = decodeURIComponent(part.slice(idx + 1).trim());
  }
  return out;
}
