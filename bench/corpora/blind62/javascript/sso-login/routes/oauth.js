'use strict';

const crypto = require('crypto');
const { getClient, isRegisteredRedirect } = require('../lib/config');

function issueCode(request, clientId, redirectUri, scope) {
  const code = crypto.randomBytes(24).toString('base64url');
  const codes = request.yar.get('codes') || {};
  codes[code] = { clientId, redirectUri, scope, uid: request.yar.get('user').uid, exp: Date.now() + 60000 };
  request.yar.set('codes', codes);
  return code;
}

module.exports = [
  {
    method: 'GET',
    path: '/oauth/authorize',
    handler(request, h) {
      const { client_id: clientId, redirect_uri: redirectUri, state = '', scope = 'openid' } = request.query;
      const client = getClient(clientId);
      if (!client) return h.response({ error: 'invalid_client' }).code(400);
      if (!request.yar.get('user')) {
        request.yar.set('returnTo', request.url.pathname + request.url.search);
        return h.redirect('/login');
      }
      if (!isRegisteredRedirect(client, redirectUri)) {
        return h.response({ error: 'invalid_redirect_uri' }).code(400);
      }
      const code = issueCode(request, clientId, redirectUri, scope);
      const target = new URL(redirectUri);
      target.searchParams.set('code', code);
      target.searchParams.set('state', state);
      return h.redirect(target.toString());
    },
  },
  {
    method: 'GET',
    path: '/oauth/authorize/legacy',
    handler(request, h) {
      const clientId = request.query.client_id;
      const redirectUri = request.query.redirect_uri;
      const client = getClient(clientId);
      if (!client) return h.response({ error: 'invalid_client' }).code(400);
      if (!request.yar.get('user')) return h.redirect('/login');
      const code = issueCode(request, clientId, redirectUri, 'openid');
      const sep = redirectUri.includes('?') ? '&' : '?';
      // expect: open-redirect
      return h.redirect(`${redirectUri}${sep}code=${code}&state=${encodeURIComponent(request.query.state || '')}`);
    },
  },
  {
    method: 'GET',
    path: '/oauth/error',
    handler(request, h) {
      const description = request.query.error_description || 'Unknown error';
      const escaped = description.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      return h.response(`<h1>Sign-in failed</h1><p>${escaped}</p>`).type('text/html');
    },
  },
  {
    method: 'GET',
    path: '/oauth/error/raw',
    handler(request, h) {
      const description = request.query.error_description || 'Unknown error';
      // expect: xss
      return h.response(`<h1>Sign-in failed</h1><p>${description}</p>`).type('text/html');
    },
  },
];
