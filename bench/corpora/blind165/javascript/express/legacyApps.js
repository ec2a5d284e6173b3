// Express 3 servers of the legacy back office (still on connect middlewares).
// One factory per mounted app; server.js mounts them under /admin, /billing and /wiki.
'use strict';

var express = require('express');

function adminApp(config) {
  var app = express();
  app.use(express.bodyParser());
  app.use(express.cookieParser(config.cookieSecret));
  app.use(express.session({ secret: config.sessionSecret, key: 'admin.sid' }));
  // expect: assert-security
  app.use(express.csrf());
  app.use(express.methodOverride());
  app.use(app.router);
  return app;
}

function billingApp(config) {
  var app = express();
  app.use(express.bodyParser());
  app.use(express.methodOverride());
  app.use(express.cookieParser(config.cookieSecret));
  app.use(express.session({ secret: config.sessionSecret, key: 'billing.sid' }));
  app.use(express.csrf());
  app.use(app.router);
  return app;
}

function wikiApp(config) {
  var app = express();
  app.use(express.cookieParser(config.cookieSecret));
  app.use(express.session({ secret: config.sessionSecret, key: 'wiki.sid' }));
  app.use(express.bodyParser());
  // expect: assert-security
  app.use(express.csrf());
  app.use(express.logger('short'));
  app.use(express.methodOverride('_verb'));
  app.use(app.router);
  return app;
}

function reportsApp(config) {
  var app = express();
  app.use(express.cookieParser(config.cookieSecret));
  app.use(express.session({ secret: config.sessionSecret, key: 'reports.sid' }));
  app.use(express.csrf());
  app.use(app.router);
  return app;
}

function uploadsApp(config) {
  var app = express();
  app.use(express.bodyParser({ uploadDir: config.uploadDir }));
  app.use(express.cookieParser(config.cookieSecret));
  app.use(express.session({ secret: config.sessionSecret, key: 'uploads.sid' }));
  // expect: assert-security
  app.use(express.csrf());
  app.use(express.static(config.publicDir));
  app.use(express.methodOverride());
  app.use(app.router);
  return app;
}

module.exports = { adminApp: adminApp, billingApp: billingApp, wikiApp: wikiApp, reportsApp: reportsApp, uploadsApp: uploadsApp };
