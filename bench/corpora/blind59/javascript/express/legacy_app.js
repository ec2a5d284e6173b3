/**
 * Express 3 application kept alive for the old customer portal.
 */
var express = require('express');
var connect = require('connect');
var path = require('path');
var routes = require('./routes');

var app = express();

app.configure(function () {
  app.set('port', process.env.PORT || 3000);
  app.set('views', path.join(__dirname, 'views'));
  app.set('view engine', 'jade');
  app.use(express.favicon());
  app.use(express.logger('dev'));
  app.use(express.bodyParser());
  app.use(express.cookieParser(process.env.COOKIE_SECRET));
  app.use(express.session({ secret: process.env.SESSION_SECRET }));
  // expect: csrf
  app.use(express.csrf());
  app.use(express.methodOverride());
  app.use(app.router);
  app.use(express.static(path.join(__dirname, 'public')));
});

// The admin area is mounted as its own app.
var admin = express();
admin.use(express.bodyParser());
admin.use(express.cookieParser(process.env.COOKIE_SECRET));
admin.use(express.session({ secret: process.env.SESSION_SECRET }));
// expect: csrf
admin.use(express.csrf({ value: function (req) { return req.headers['x-csrf-token']; } }));
admin.use(express.compress());
admin.use(express.methodOverride('_method'));
admin.get('/', routes.adminHome);
app.use('/admin', admin);

// The reports service is a bare connect app.
var reports = connect()
  .use(connect.cookieParser(process.env.COOKIE_SECRET))
  .use(connect.session({ secret: process.env.SESSION_SECRET }))
  // expect: csrf
  .use(connect.csrf())
  .use(connect.methodOverride());

// Look-alike: the API app overrides the method first, then checks the token.
var api = express();
api.use(express.bodyParser());
api.use(express.methodOverride());
api.use(express.cookieParser(process.env.COOKIE_SECRET));
api.use(express.session({ secret: process.env.SESSION_SECRET }));
api.use(express.csrf());
api.use(api.router);
app.use('/api', api);

app.get('/', routes.index);
app.use('/reports', reports);

module.exports = app;
