const http = require('http');
const fs = require('fs');
const winston = require('winston');
const connect = require('connect');
const route = require('connect-route');
const connectSt = require('st');

const DocumentHandler = require('./lib/document_handler');
const config = JSON.parse(fs.readFileSync(process.argv.length > 2 ? process.argv[2] : './config.js', 'utf8'));

const Store = require('./lib/document_stores/' + (config.storage.type === 'postgres' ? 'postgres' : 'file'));
const preferredStore = new Store(config.storage);

const documentHandler = new DocumentHandler({
  store: preferredStore,
  maxLength: config.maxLength,
  keyLength: config.keyLength,
});

const app = connect();

app.use(route(function (router) {
  router.get('/raw/:id', function (request, response) {
    const key = decodeURIComponent(request.params.id).replace(/\.txt$/, '');
    return documentHandler.handleRawGet(key, response, !!config.documents[key]);
  });

  router.post('/documents', function (request, response) {
    return documentHandler.handlePost(request, response);
  });

  router.get('/documents/:id', function (request, response) {
    const key = request.params.id.split('.')[0];
    return documentHandler.handleGet(key, response, !!config.documents[key]);
  });
}));

app.use(connectSt({ path: __dirname + '/static', content: { maxAge: config.staticMaxAge }, passthrough: true, index: false }));

http.createServer(app).listen(config.port, config.host);
winston.info('listening on ' + config.host + ':' + config.port);
