'use strict';

const util = require('util');
const fs = require('fs');

const stream = fs.createWriteStream(process.env.AUDIT_LOG || '/var/log/app/audit.log', { flags: 'a' });

function write(line) {
  stream.write(line + '\n');
}

function loginFailed(username, ip, attempts) {
  // expect: code-injection
  console.warn('login failed for ' + username + ' from %s', ip, attempts);
  write(util.format('login_failed user=%s ip=%s attempts=%d', username, ip, attempts));
}

function requestLine(req, ms) {
  // expect: code-injection
  return util.format(`${req.method} ${req.originalUrl} took %dms`, ms);
}

function permissionDenied(user, resource, action) {
  const prefix = '[authz] ';
  // expect: code-injection
  console.error(prefix.concat(user.name, ' denied on ', resource), action);
}

function exportStarted(job) {
  console.log('export %s started by %s', job.id, job.owner);
  console.log('export ' + 'queue' + ' depth %d', job.queueDepth);
}

function webhookRejected(source, reason) {
  const msg = `webhook from ${source} rejected: %s`;
  // expect: code-injection
  console.info(msg, reason);
}

function settingsChanged(user, changes) {
  console.log('[settings] %s changed %j', user.email, changes);
  write(util.format('settings user=%s keys=%s', user.id, Object.keys(changes).join(',')));
}

module.exports = { loginFailed, requestLine, permissionDenied, exportStarted, webhookRejected, settingsChanged };
