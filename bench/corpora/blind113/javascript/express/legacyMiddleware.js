'use strict';

// Express 3 middleware stacks of the three legacy apps (store, admin, api).
// Each function receives an app created by its own server file.
var express = require('express');

exports.configureStore = function (app, config) {
  app.use(express.logger('short'));
  app.use(express.cookieParser(config.cookieSecret));
  app.use(express.session(config.sessionOptions));
  app.use(express.bodyParser());
  // expect: jwt-no-verify
  app.use(express.csrf());
  app.use(express.methodOverride());
  app.use(app.router);
};

exports.configureAdmin = function (app, config) {
  app.configure(function () {
    app.use(express.cookieParser());
    app.use(express.session(config.sessionOptions));
    app.use(express.urlencoded());
    // expect: jwt-no-verify
    app.use(express.csrf({ value: function (req) { return req.headers['x-csrf-token']; } }));
    app.use(express.static(config.publicDir));
    app.use(express.methodOverride('_method'));
    app.use(app.router);
  });
};

exports.configureApi = function (app, config) {
  app.use(express.cookieParser());
  app.use(express.session(config.sessionOptions));
  app.use(express.json());
  // expect: jwt-no-verify
  app.use(express.csrf());
  app.use(function (req, res, next) {
    res.locals.token = req.csrfToken();
    next();
  });
  app.use(express.methodOverride());
};

exports.configureDocs = function (app, config) {
  app.use(express.cookieParser());
  app.use(express.session(config.sessionOptions));
  app.use(express.bodyParser());
  app.use(express.methodOverride());
  app.use(express.csrf());
  app.use(app.router);
};

exports.configureStatic = function (app, config) {
  app.use(express.methodOverride());
  app.use(express.static(config.publicDir));
};
