'use strict';

const util = require('util');
const fs = require('fs');

const AUDIT_FILE = process.env.AUDIT_FILE || '/var/log/app/audit.log';

function write(line) {
  fs.appendFileSync(AUDIT_FILE, line + '\n');
}

function loginFailed(username, ip) {
  // expect: code-injection
  console.warn('Login failed for ' + username + ' from', ip);
}

function orderShipped(order, carrier) {
  // expect: code-injection
  write(util.format(`Order ${order.reference} shipped by %s`, carrier));
}

function passwordReset(user, meta) {
  // expect: code-injection
  console.info('Password reset requested by '.concat(user.email), meta);
}

// Look-alikes: constant format strings with the values as arguments, one-argument logs.
function loginSucceeded(username, ip) {
  console.info('Login succeeded for %s from %s', username, ip);
}

function orderCancelled(order, reason) {
  write(util.format('Order %s cancelled: %s', order.reference, reason));
}

function serviceStarted(port) {
  console.log('Audit service listening on ' + port);
  console.log('[audit] ' + 'started', 'ok');
}

module.exports = { loginFailed, orderShipped, passwordReset, loginSucceeded, orderCancelled, serviceStarted };
