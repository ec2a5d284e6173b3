'use strict';

const http = require('http');
const werelogs = require('werelogs');
const routes = require('./routes/routes');
const api = require('./api/api');

const logger = new werelogs.Logger('S3');

function requestHandler(req, res) {
    const log = logger.newRequestLogger();
    log.info('received request', { method: req.method, url: req.url, clientIP: req.socket.remoteAddress });
    routes(req, res, api, log);
}

module.exports = function startServer(port) {
    const server = http.createServer(requestHandler);
    server.listen(port);
    return server;
};
