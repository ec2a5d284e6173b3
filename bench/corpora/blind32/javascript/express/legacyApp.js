/* Express 3.x apps (admin console and public site). */
var express = require('express');
var connect = require('connect');

function createAdminApp(config) {
  var app = express();
  app.use(express.bodyParser());
  app.use(express.cookieParser(config.cookieSecret));
  app.use(express.session({ key: 'admin.sid', cookie: { httpOnly: true, secure: true } }));
  // expect: csrf
  app.use(express.csrf());
  app.use(express.methodOverride());
  app.use(app.router);
  return app;
}

function createPublicApp(config) {
  var app = express();
  app.configure(function () {
    app.use(express.bodyParser());
    app.use(express.cookieParser(config.cookieSecret));
    app.use(express.session({ cookie: { httpOnly: true, secure: true } }));
    // expect: csrf
    app.use(express.csrf());
    app.use(express.static(__dirname + '/public'));
    app.use(express.methodOverride());
    app.use(app.router);
  });
  return app;
}

function createApiGateway(config) {
  return connect()
    .use(connect.cookieParser(config.cookieSecret))
    .use(connect.session({ cookie: { httpOnly: true, secure: true } }))
    .use(connect.bodyParser())
    // expect: csrf
    .use(connect.csrf())
    .use(connect.methodOverride());
}

function createPartnerApp(config) {
  var app = express();
  app.use(express.bodyParser());
  app.use(express.methodOverride());
  app.use(express.cookieParser(config.cookieSecret));
  app.use(express.session({ cookie: { httpOnly: true, secure: true } }));
  app.use(express.csrf());
  app.use(app.router);
  return app;
}

function createStaticApp() {
  var app = express();
  app.use(express.methodOverride());
  app.use(express.static(__dirname + '/public'));
  return app;
}

module.exports = { createAdminApp, createPublicApp, createApiGateway, createPartnerApp, createStaticApp };
