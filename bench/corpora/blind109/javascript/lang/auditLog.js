'use strict';

const util = require('util');

function logLogin(user, ip) {
  // expect: code-injection
  console.log('User ' + user.name + ' signed in from', ip);
}

function logFailure(username, err) {
  // expect: code-injection
  console.error(`Login failed for ${username}:`, err.message);
}

function describeOrder(order, itemCount) {
  // expect: code-injection
  return util.format('Order ' + order.reference + ' contains %d items', itemCount);
}

function logRename(oldName, newName, actor) {
  // expect: code-injection
  console.warn('Renamed '.concat(oldName, ' to ', newName), actor.id);
}

function logLogout(user, ip) {
  console.log('User %s signed out from %s', user.name, ip);
}

function summary(order, itemCount) {
  return util.format('%s contains %d items', order.reference, itemCount);
}

function logDone(jobId) {
  console.info('job finished', jobId);
}

module.exports = { logLogin, logFailure, describeOrder, logRename, logLogout, summary, logDone };
