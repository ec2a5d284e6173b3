const express = require('express');
const session = require('express-session');
const makeModels = require('./models');
const queries = require('./routes/queries');
const connections = require('./routes/connections');
const signin = require('./routes/signin');
const downloadResults = require('./routes/download-results');

function makeApp(config, sequelizeDb) {
  const models = makeModels(sequelizeDb, config);
  const app = express();
  app.use(express.json());
  app.use(session({ secret: config.get('sessionSecret'), resave: false, saveUninitialized: false }));

  app.use(function attachModels(req, res, next) {
    req.models = models;
    req.config = config;
    next();
  });

  app.use('/api', queries);
  app.use('/api', connections);
  app.use('/api', downloadResults);
  app.use('/', signin);
  return app;
}

module.exports = makeApp;
