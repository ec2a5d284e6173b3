// Express 3 application setup of the old customer portal.
var express = require('express');
var http = require('http');
var path = require('path');

var app = express();
var admin = express();
var api = express();

app.configure(function () {
  app.set('views', path.join(__dirname, 'views'));
  app.set('view engine', 'jade');
  app.use(express.bodyParser());
  app.use(express.cookieParser());
  app.use(express.session({ secret: process.env.SESSION_SECRET }));
  // expect: jwt-no-verify
  app.use(express.csrf());
  app.use(express.methodOverride());
  app.use(app.router);
});

admin.configure(function () {
  admin.use(express.bodyParser());
  admin.use(express.cookieParser());
  admin.use(express.session({ secret: process.env.ADMIN_SESSION_SECRET }));
  // expect: jwt-no-verify
  admin.use(express.csrf());
  admin.use(express.logger('short'));
  admin.use(express.methodOverride());
  admin.use(admin.router);
});

function legacyForms(sub) {
  sub.use(express.cookieParser());
  sub.use(express.session({ secret: process.env.FORMS_SESSION_SECRET }));
  // expect: jwt-no-verify
  sub.use(express.csrf());
  sub.use(express.methodOverride());
}

api.configure(function () {
  api.use(express.bodyParser());
  api.use(express.methodOverride());
  api.use(express.cookieParser());
  api.use(express.session({ secret: process.env.API_SESSION_SECRET }));
  api.use(express.csrf());
  api.use(api.router);
});

var forms = express();
legacyForms(forms);

app.use('/admin', admin);
app.use('/api', api);
app.use('/forms', forms);

app.use(express.static(path.join(__dirname, 'public')));

http.createServer(app).listen(process.env.PORT || 3000);
