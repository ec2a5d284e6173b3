// Express 3 era apps (connect middleware bundled on `express`).
var express = require('express');

var app = express();
app.configure(function () {
  app.use(express.bodyParser());
  app.use(express.cookieParser(process.env.COOKIE_SECRET));
  app.use(express.session());
  // expect: csrf
  app.use(express.csrf());
  app.use(express.methodOverride());
  app.use(app.router);
});

function createAdminApp() {
  var admin = express();
  admin.use(express.cookieParser(process.env.COOKIE_SECRET));
  admin.use(express.session({ key: 'admin.sid' }));
  // expect: csrf
  admin.use(express.csrf());
  admin.use(express.logger('dev'));
  admin.use(express.methodOverride('_method'));
  return admin;
}

var middleware = [];
middleware.push(express.cookieParser());
middleware.push(express.session());
// expect: csrf
middleware.push(express.csrf());
middleware.push(express.methodOverride());

var api = express();
// expect: csrf
var csrfGuard = express.csrf();
var override = express.methodOverride();
api.use(csrfGuard);
api.use(override);

// Safe look-alike: methodOverride registered before csrf.
var site = express();
site.use(express.bodyParser());
site.use(express.methodOverride());
site.use(express.cookieParser(process.env.SITE_COOKIE_SECRET));
site.use(express.session());
site.use(express.csrf());

var internal = express();
internal.use(express.methodOverride());
internal.use(express.json());

module.exports = { app: app, createAdminApp: createAdminApp, middleware: middleware, api: api, site: site };
