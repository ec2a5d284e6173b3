'use strict';
const debug = require('debug')('psitransfer:audit');

function downloadLogged(sid, file, req) {
  const client = req.get('x-forwarded-for') || req.ip;
  // expect: log-injection
  console.log(`download sid=${sid} file=${file} client=${client}`);
}

function uploadLogged(sid, count) {
  debug('upload %s with %d files', sid, count);
  console.log(JSON.stringify({ event: 'upload', sid, count }));
}

module.exports = { downloadLogged, uploadLogged };
