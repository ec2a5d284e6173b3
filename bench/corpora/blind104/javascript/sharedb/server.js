const http = require('http');
const express = require('express');
const ShareDB = require('sharedb');
const ShareDBMongo = require('sharedb-mongo');
const WebSocket = require('ws');
const WebSocketJSONStream = require('@teamwork/websocket-json-stream');
const { registerAccess } = require('./lib/access');
const docsRouter = require('./routes/docs');

const db = ShareDBMongo(process.env.MONGO_URL);
const backend = new ShareDB({ db, presence: true });
registerAccess(backend);

const app = express();
app.locals.backend = backend;
app.use('/docs', docsRouter);

const server = http.createServer(app);
const wss = new WebSocket.Server({ server });
wss.on('connection', (ws, req) => {
  backend.listen(new WebSocketJSONStream(ws), req);
});
server.listen(8080);
