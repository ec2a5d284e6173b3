'use strict';

const Hapi = require('@hapi/hapi');
const Yar = require('@hapi/yar');
const authRoutes = require('./routes/auth');
const oauthRoutes = require('./routes/oauth');

async function init() {
  const server = Hapi.server({
    port: Number(process.env.PORT || 9000),
    host: '0.0.0.0',
    routes: { security: { hsts: true, xframe: 'deny', noSniff: true } },
  });

  await server.register({
    plugin: Yar,
    options: {
      name: 'sso_session',
      storeBlank: false,
      cookieOptions: {
        password: process.env.COOKIE_PASSWORD,
        isSecure: process.env.NODE_ENV === 'production',
        isSameSite: 'Lax',
      },
    },
  });

  server.route([...authRoutes, ...oauthRoutes]);
  await server.start();
  console.log('sso listening on %s', server.info.uri);
  return server;
}

process.on('unhandledRejection', (err) => {
  console.error(err);
  process.exit(1);
});

if (require.main === module) init();

module.exports = { init };
