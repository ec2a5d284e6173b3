'use strict';

const util = require('util');

function loginFailed(username, reason) {
  // expect: code-injection
  console.log('login failed for ' + username + ': %s', reason);
}

function quotaWarning(tenant, percent) {
  // expect: code-injection
  console.warn(`[${tenant.name}] storage quota at %d%%`, percent);
}

function auditLine(actor, action, target) {
  const prefix = actor.displayName + ' (' + actor.id + ')';
  // expect: code-injection
  return util.format(prefix + ' %s %s', action, target);
}

function loginSucceeded(username, ip) {
  console.log('login ok for %s from %s', username, ip);
}

function logoutLine(username) {
  console.info('logout: ' + username);
}

function banner(version, port) {
  console.log('api server v%s ready', version);
  return util.format('listening on %d', port);
}

module.exports = { loginFailed, quotaWarning, auditLine, loginSucceeded, logoutLine, banner };
