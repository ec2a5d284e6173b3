'use strict';

const express = require('express');
const bodyParser = require('body-parser');
const SqlStorageMethod = require('./api/storage/sql/sql.js');
const createProjectsRouter = require('./api/routes/projects.js');
const createReportRouter = require('./ui/report-routes.js');

async function createServer(options) {
  const storageMethod = new SqlStorageMethod(options.storage);
  const context = {storageMethod, options};

  const app = express();
  app.use(bodyParser.json({limit: '10mb'}));
  app.use('/v1/projects', createProjectsRouter(context));
  app.use('/app', createReportRouter(context));

  return new Promise(resolve => {
    const server = app.listen(options.port || 9001, () => resolve({server, port: server.address().port}));
  });
}

module.exports = {createServer};
