'use strict';

const Joi = require('joi');
const ldapAuth = require('../lib/ldapAuth');
const { safeReturnTo } = require('../lib/returnTo');
const { fetchUserinfo, fetchUserinfoFor } = require('../lib/userinfo');

const LOGIN_FORM = '<form method="post" action="/login"><input name="username"><input name="password" type="password"><button>Sign in</button></form>';

const loginSchema = Joi.object({
  username: Joi.string().max(64).required(),
  password: Joi.string().max(256).required(),
  return_to: Joi.string().allow('').default('/'),
});

module.exports = [
  {
    method: 'GET',
    path: '/login',
    handler(request, h) {
      const returnTo = request.query.return_to || '/';
      request.yar.set('returnTo', returnTo);
      return h.response(LOGIN_FORM).type('text/html');
    },
  },
  {
    method: 'POST',
    path: '/login',
    options: { validate: { payload: loginSchema } },
    async handler(request, h) {
      const { username, password } = request.payload;
      const entry = await ldapAuth.findUser(username);
      if (!entry || !(await ldapAuth.verifyPassword(entry.dn, password))) {
        // expect: log-injection
        request.log(['auth', 'warn'], `failed login for ${username} from ${request.info.remoteAddress}`);
        return h.response({ error: 'invalid credentials' }).code(401);
      }
      request.yar.set('user', { uid: entry.uid, mail: entry.mail });
      const returnTo = request.yar.get('returnTo') || request.payload.return_to;
      request.yar.clear('returnTo');
      // expect: open-redirect
      return h.redirect(returnTo);
    },
  },
  {
    method: 'POST',
    path: '/login/v2',
    options: { validate: { payload: loginSchema } },
    async handler(request, h) {
      const { username, password, return_to: returnTo } = request.payload;
      const entry = await ldapAuth.findUserSafe(username);
      if (!entry || !(await ldapAuth.verifyPassword(entry.dn, password))) {
        return h.response({ error: 'invalid credentials' }).code(401);
      }
      request.yar.set('user', { uid: entry.uid, mail: entry.mail });
      return h.redirect(safeReturnTo(returnTo));
    },
  },
  {
    method: 'GET',
    path: '/link/{provider}',
    async handler(request, h) {
      const token = request.query.access_token;
      const info = request.query.userinfo_url ? await fetchUserinfo(request.query.userinfo_url, token) : await fetchUserinfoFor(request.params.provider, token);
      request.yar.set('linked', { sub: info.sub, email: info.email });
      return h.redirect('/account');
    },
  },
  {
    method: 'GET',
    path: '/logout',
    handler(request, h) {
      request.yar.reset();
      const next = request.query.next;
      return h.redirect(safeReturnTo(next));
    },
  },
];
