'use strict';

// Security events, one line each; the SOC parses these lines into its alerting pipeline.
const util = require('util');

function stamp() {
  return new Date().toISOString();
}

function loginFailed(username, ip, reason) {
  // The username comes straight from the login form.
  // expect: code-injection
  console.warn(stamp() + ' AUTH_FAIL user=' + username + ' ip=%s reason=%s', ip, reason);
}

function loginSucceeded(userId, ip) {
  console.info('%s AUTH_OK user=%d ip=%s', stamp(), userId, ip);
}

function passwordReset(email, ip) {
  console.info(util.format('%s PWD_RESET email=%s ip=%s', stamp(), email, ip));
}

function mfaChallenge(userId, method) {
  console.info(`${stamp()} MFA_CHALLENGE user=${userId} method=${method}`);
}

function rateLimited(route, ip, count) {
  const prefix = stamp() + ' RATE_LIMIT';
  console.warn(prefix + ' route=' + route + ' ip=' + ip + ' count=' + count);
}

function apiKeyUsed(keyPrefix, scopes) {
  const line = util.format('%s API_KEY prefix=%s scopes=%j', stamp(), keyPrefix, scopes);
  console.info(line);
}

function sessionHijackSuspected(sessionId, oldIp, newIp) {
  console.error('%s SESSION_IP_CHANGE session=%s from=%s to=%s', stamp(), sessionId, oldIp, newIp);
}

module.exports = {
  loginFailed,
  loginSucceeded,
  passwordReset,
  mfaChallenge,
  rateLimited,
  apiKeyUsed,
  sessionHijackSuspected,
};
