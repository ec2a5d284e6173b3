'use strict';
/** Cookie helpers for the storefront (Koa and Express flavours). */

const ONE_WEEK = 7 * 24 * 3600 * 1000;

function setRememberMe(res, token) {
  // expect: insecure-cookie
  res.cookie('remember', token, { maxAge: ONE_WEEK, httpOnly: false, secure: false });
}

function setRememberMeSafe(res, token) {
  res.cookie('remember', token, { maxAge: ONE_WEEK, httpOnly: true, secure: true, sameSite: 'lax' });
}

function setTheme(res, theme) {
  // a UI preference read by client script; not sensitive
  res.cookie('theme', theme === 'dark' ? 'dark' : 'light', { maxAge: ONE_WEEK, sameSite: 'lax' });
}

function koaSession(ctx, sid) {
  // expect: insecure-cookie
  ctx.cookies.set('sid', sid, { httpOnly: false, secure: false, signed: true });
}

function koaSessionSafe(ctx, sid) {
  ctx.cookies.set('sid', sid, { httpOnly: true, secure: true, sameSite: 'strict', signed: true });
}

function clear(res) {
  res.clearCookie('remember');
  res.clearCookie('sid');
}

module.exports = { setRememberMe, setRememberMeSafe, setTheme, koaSession, koaSessionSafe, clear };
