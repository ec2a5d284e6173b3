"use strict";

const Database = require('better-sqlite3');
const dataDir = require('./data_dir');
const log = require('./log');

const dbConnection = new Database(dataDir.DOCUMENT_PATH);
dbConnection.pragma('journal_mode = WAL');

const statementCache = {};

function stmt(sql) {
    if (!(sql in statementCache)) {
        statementCache[sql] = dbConnection.prepare(sql);
    }
    return statementCache[sql];
}

function getRow(query, params = []) {
    return wrap(query, s => s.get(params));
}

function getRows(query, params = []) {
    return wrap(query, s => s.all(params));
}

function getValue(query, params = []) {
    return wrap(query, s => s.pluck().get(params));
}

function execute(query, params = []) {
    return wrap(query, s => s.run(params));
}

function wrap(query, func) {
    const startTimestamp = Date.now();
    const result = func(stmt(query));
    const milliseconds = Date.now() - startTimestamp;
    if (milliseconds >= 20) {
        log.info(`Slow query took ${milliseconds}ms`);
    }
    return result;
}

function transactional(func) {
    return dbConnection.transaction(func)();
}

module.exports = { dbConnection, getRow, getRows, getValue, execute, transactional };
