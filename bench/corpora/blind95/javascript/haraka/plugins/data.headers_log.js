'use strict';

const winston = require('winston');

const logger = winston.createLogger({
    format: winston.format.printf(({ level, message }) => `${new Date().toISOString()} ${level} ${message}`),
    transports: [new winston.transports.File({ filename: '/var/log/haraka/headers.log' })],
});

exports.register = function () {
    this.register_hook('data_post', 'log_headers');
};

exports.log_headers = function (next, connection) {
    const txn = connection.transaction;
    const from = txn.header.get('From');
    const agent = txn.header.get('User-Agent') || 'unknown';
    // expect: log-injection
    logger.info(`uuid=${txn.uuid} remote=${connection.remote.ip} from=${from} agent=${agent}`);
    logger.info('headers', { uuid: txn.uuid, from, agent });
    next();
};
