'use strict';

const fs = require('node:fs');
const context = require('./context');

const out = fs.createWriteStream(process.env.OPS_LOG || '/var/log/ops/ops.log', { flags: 'a' });

function audit(message) {
  const operator = context.get('operator', 'system');
  const line = `${new Date().toISOString()} operator=${operator} ${message}\n`;
  // expect: log-injection
  out.write(line);
}

function trace(message) {
  const id = context.get('serverId', '-');
  out.write(`${new Date().toISOString()} trace=${id} ${JSON.stringify(message)}\n`);
}

module.exports = { audit, trace };
