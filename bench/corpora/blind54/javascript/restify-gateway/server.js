'use strict';

const restify = require('restify');
const errors = require('restify-errors');
const directory = require('./handlers/directory');
const convert = require('./handlers/convert');
const files = require('./handlers/files');
const { attachClient } = require('./lib/client');

const server = restify.createServer({ name: 'gateway', version: '2.3.0' });

server.use(restify.plugins.acceptParser(server.acceptable));
server.use(restify.plugins.queryParser({ mapParams: false }));
server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1024 * 1024 }));
server.use(attachClient);

server.get('/directory/users', directory.search);
server.get('/directory/users/:uid', directory.lookup);
server.post('/convert/state', convert.restoreState);
server.post('/convert/config', convert.loadConfig);
server.get('/files/:name', files.get);
server.get('/files/export/:name', files.exportCsv);

server.on('restifyError', (req, res, err, cb) => {
  req.log.warn({ code: err.code }, 'request failed');
  return cb();
});

server.listen(process.env.PORT || 8080, () => {
  console.log('%s listening at %s', server.name, server.url);
});

module.exports = { server, errors };
