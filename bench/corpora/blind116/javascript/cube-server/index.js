const CubejsServer = require('@cubejs-backend/server');
const express = require('express');
const config = require('./cube.js');
const exportRoutes = require('./routes/export');

const server = new CubejsServer(config);
const app = express();
app.use('/custom', exportRoutes(server));

server.listen().then(({ port }) => {
  app.listen(port + 1);
});
