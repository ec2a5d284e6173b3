'use strict';

// Express 3 style app factories for the old admin and public sites.
var express = require('express');
var path = require('path');
var routes = require('./routes');

function createAdminApp(sessionSecret) {
  var app = express();
  app.use(express.bodyParser());
  app.use(express.cookieParser());
  app.use(express.session({ secret: sessionSecret }));
  // expect: ssrf
  app.use(express.csrf());
  app.use(express.methodOverride());
  app.use(app.router);
  routes.admin(app);
  return app;
}

function createShopApp(sessionSecret) {
  var app = express();
  app.use(express.logger('dev'));
  app.use(express.bodyParser());
  app.use(express.cookieParser());
  app.use(express.session({ secret: sessionSecret }));
  // expect: ssrf
  app.use(express.csrf());
  app.use(express.static(path.join(__dirname, 'public')));
  app.use(express.methodOverride());
  routes.shop(app);
  return app;
}

// Correct order: the method is rewritten first, then the CSRF check sees the real verb.
function createAccountApp(sessionSecret) {
  var app = express();
  app.use(express.bodyParser());
  app.use(express.methodOverride());
  app.use(express.cookieParser());
  app.use(express.session({ secret: sessionSecret }));
  app.use(express.csrf());
  routes.account(app);
  return app;
}

// Read-only API: no override and no session.
function createApiApp() {
  var app = express();
  app.use(express.json());
  routes.api(app);
  return app;
}

module.exports = { createAdminApp, createShopApp, createAccountApp, createApiApp };
