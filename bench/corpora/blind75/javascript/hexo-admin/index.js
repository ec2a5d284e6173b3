'use strict';

const serveStatic = require('serve-static');
const bodyParser = require('body-parser');
const path = require('path');

const api = require('./api');

const DEFAULTS = {
  deployCommand: './hexo-deploy.sh',
  expire: 60 * 60 * 24 * 30,
  cookieName: 'hexo-admin',
};

function adminConfig(config) {
  const admin = Object.assign({}, DEFAULTS, config.admin || {});
  admin.expire = Number.parseInt(admin.expire, 10);
  if (Number.isNaN(admin.expire)) admin.expire = DEFAULTS.expire;
  return admin;
}

hexo.config.admin = adminConfig(hexo.config);
const passwordProtected = Boolean(hexo.config.admin.username);

hexo.extend.filter.register('server_middleware', function(app) {
  if (passwordProtected) {
    require('./auth')(app, hexo);
  } else {
    hexo.log.w('hexo-admin is running without a password; bind the server to localhost');
  }

  app.use(hexo.config.root + 'admin/', serveStatic(path.join(__dirname, 'www'), { index: ['index.html'] }));
  app.use(hexo.config.root + 'admin/api/', bodyParser.json({ limit: '50mb' }));

  api(app, hexo);
});

hexo.extend.console.register('admin-info', 'Print hexo-admin settings', function() {
  const admin = hexo.config.admin;
  hexo.log.i('hexo-admin protected: %s, deploy command configured: %s', passwordProtected, Boolean(admin.deployCommand));
});
