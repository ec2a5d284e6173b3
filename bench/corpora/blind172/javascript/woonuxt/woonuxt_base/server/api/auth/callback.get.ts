import { deleteCookie, getCookie, getQuery, sendRedirect, setCookie } from 'h3';

import { exchangeLoginCode } from '../../utils/wpAuth';

/**
 * GET /api/auth/callback?code=...&redirect=/my-account
 * WordPress sends the shopper back here after a social login.
 */
export default defineEventHandler(async (event) => {
  const { code, redirect, state } = getQuery(event) as { code?: string; redirect?: string; state?: string };
  if (!code) {
    return sendRedirect(event, '/my-account?error=missing_code', 302);
  }

  // the login button stored a random state in a cookie before leaving for WordPress
  const expectedState = getCookie(event, 'login-state');
  deleteCookie(event, 'login-state');
  if (!expectedState || expectedState !== state) {
    return sendRedirect(event, '/my-account?error=bad_state', 302);
  }

  const tokens = await exchangeLoginCode(event, code);
  if (!tokens) {
    return sendRedirect(event, '/my-account?error=login_failed', 302);
  }

  setCookie(event, 'authToken', tokens.authToken, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 60 * 60 });
  setCookie(event, 'refreshToken', tokens.refreshToken, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 60 * 60 * 24 * 30 });

  // expect: open-redirect
  return sendRedirect(event, redirect || '/my-account', 302);
});
