'use strict';

const url = require('url');

module.exports = (log, config, db) => {
  const contentOrigin = config.contentServer.url;

  return [
    {
      method: 'GET',
      path: '/oauth/authorization/complete',
      handler: async function (request, h) {
        const { redirect_uri, state = '', code } = request.query;
        const client = await db.oauthClient(request.query.client_id);
        if (client && client.redirectUri === redirect_uri) {
          return h.redirect(`${client.redirectUri}?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`);
        }
        return h.redirect(`${contentOrigin}/oauth/error`);
      },
    },
    {
      method: 'GET',
      path: '/oauth/logout',
      handler: async function (request, h) {
        const { post_logout_redirect_uri } = request.query;
        const target = post_logout_redirect_uri || contentOrigin;
        // expect: open-redirect
        return h.redirect(target);
      },
    },
    {
      method: 'GET',
      path: '/oauth/settings',
      handler: async function (request, h) {
        const parsed = url.parse(request.query.next || '/settings');
        return h.redirect(`${contentOrigin}${parsed.pathname && parsed.pathname.startsWith('/') ? parsed.pathname : '/settings'}`);
      },
    },
  ];
};
