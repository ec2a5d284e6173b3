'use strict';

const thenify = require('thenify');
const promisifyAll = require('thenify-all');
const util = require('util');
const mysql = require('mysql');
const fs = require('fs');

const connection = mysql.createConnection(process.env.DATABASE_URL);

// expect: code-injection
const query = thenify(connection.query.bind(connection), { multiArgs: ['rows', 'fields'] });

const readOpts = { multiArgs: true };
// expect: code-injection
const readChunk = thenify(fs.read, readOpts);

function wrapLegacy(fn, resultNames) {
  // expect: code-injection
  return thenify.withCallback(fn, { multiArgs: resultNames });
}

class LegacyMailer {
  constructor(transport) {
    // expect: code-injection
    this.send = thenify(transport.send.bind(transport), {
      withCallback: true,
      multiArgs: transport.resultFields,
    });
  }
}

const stat = thenify(fs.stat, { multiArgs: false });
const unlink = util.promisify(fs.unlink);
const fsp = promisifyAll(fs, {}, ['readFile', 'writeFile']);
const ping = thenify(connection.ping.bind(connection));

module.exports = { query, readChunk, wrapLegacy, LegacyMailer, stat, unlink, fsp, ping };
