'use strict';

const restify = require('restify');
const config = require('wild-config');
const db = require('./lib/db');
const usersRoutes = require('./lib/api/users');
const messagesRoutes = require('./lib/api/messages');
const webhooksRoutes = require('./lib/api/webhooks');
const UserHandler = require('./lib/handlers/user-handler');
const MessageHandler = require('./lib/handlers/message-handler');

const server = restify.createServer({ name: 'WildDuck API', strictRouting: true });

server.use(restify.plugins.queryParser({ allowDots: false }));
server.use(restify.plugins.bodyParser({ maxBodySize: 0, mapParams: true, mapFiles: false, overrideParams: false }));

server.use((req, res, next) => {
    const accessToken = req.query.accessToken || req.headers['x-access-token'] || false;
    req.role = accessToken === config.api.accessToken ? 'root' : 'user';
    req.user = req.params.user || (req.headers['x-user'] || '').trim();
    next();
});

module.exports = done => {
    const userHandler = new UserHandler({ database: db.database, users: db.users });
    const messageHandler = new MessageHandler({ database: db.database, attachments: config.attachments });
    usersRoutes(db, server, userHandler);
    messagesRoutes(db, server, messageHandler);
    webhooksRoutes(db, server);
    server.listen(config.api.port, config.api.host, done);
};
