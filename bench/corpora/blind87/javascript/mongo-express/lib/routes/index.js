'use strict';

const express = require('express');
const collectionRoutes = require('./collection');
const databaseRoutes = require('./database');

module.exports = function router(client, config) {
  const appRouter = express.Router();

  appRouter.param('database', (req, res, next, id) => {
    req.dbName = id;
    req.db = client.db(id);
    next();
  });

  appRouter.param('collection', (req, res, next, id) => {
    req.collectionName = id;
    req.collection = req.db.collection(id);
    next();
  });

  appRouter.get('/db/:database', databaseRoutes.viewDatabase);
  appRouter.get('/db/:database/:collection', collectionRoutes.viewCollection);
  appRouter.get('/db/:database/:collection/simple', collectionRoutes.simpleSearch);
  appRouter.get('/db/:database/:collection/strict', collectionRoutes.strictSearch);
  appRouter.post('/db/:database/:collection/import', collectionRoutes.importDocument);
  appRouter.get('/db/:database/:collection/export', collectionRoutes.exportCollection(config));
  return appRouter;
};
