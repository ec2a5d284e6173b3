// Express 3 application set-up (legacy admin portal, still deployed).
var express = require('express');
var csurf = require('csurf');
var methodOverride = require('method-override');

var app = express();

app.configure(function () {
  app.use(express.bodyParser());
  app.use(express.cookieParser(process.env.COOKIE_SECRET));
  app.use(express.session({ secret: process.env.SESSION_SECRET }));
  // expect: jwt-no-verify
  app.use(express.csrf());
  app.use(express.methodOverride());
  app.use(app.router);
});

var admin = express();
admin.use(express.bodyParser());
admin.use(express.cookieSession({ secret: process.env.ADMIN_SECRET }));
// expect: jwt-no-verify
admin.use(express.csrf({ value: function (req) { return req.headers['x-csrf-token']; } }));
admin.use(express.methodOverride('_method'));

var api = express();
api.use(express.json());
// expect: jwt-no-verify
api.use(express.csrf());
api.use(express.static(__dirname + '/public'));
api.use(express.methodOverride('X-HTTP-Method-Override'));

// Safe look-alikes: method override first, then CSRF checking.
var reports = express();
reports.use(express.bodyParser());
reports.use(methodOverride('_method'));
reports.use(csurf({ cookie: true }));

app.use('/admin', admin);
app.use('/api', api);
app.use('/reports', reports);

module.exports = app;
