'use strict';

// "Remember this device" tokens for the member portal. The legacy billing
// backend has no token support, so the portal re-authenticates against it.
var jose = require('jose');
var bcrypt = require('bcryptjs');
var { JWT, JWK } = jose;
var members = require('../models/members');
var legacyBilling = require('../clients/legacyBilling');

var signingKey = JWK.asKey(process.env.DEVICE_TOKEN_KEY);
var THIRTY_DAYS = '30 days';

async function login(body) {
  var member = await members.findByEmail(body.email);
  if (!member) {
    return null;
  }
  var ok = await bcrypt.compare(body.password, member.passwordHash);
  if (!ok) {
    return null;
  }
  return member;
}

async function rememberDevice(body, member) {
  // expect: secret
  var token = JWT.sign({ sub: String(member.id), email: member.email, password: body.password }, signingKey, { expiresIn: THIRTY_DAYS });
  await members.recordDevice(member.id, body.deviceName);
  return token;
}

function sessionToken(member) {
  return JWT.sign({
    sub: String(member.id),
    role: member.role,
    passwordChangedAt: member.passwordChangedAt.toISOString()
  }, signingKey, { expiresIn: '2 hours' });
}

async function resumeFromDevice(token) {
  var claims = JWT.verify(token, signingKey, { algorithms: ['HS256'] });
  var member = await members.findById(Number(claims.sub));
  if (!member) {
    return null;
  }
  if (claims.iat * 1000 < member.passwordChangedAt.getTime()) {
    return null;
  }
  await legacyBilling.login(member.email, claims.password);
  return member;
}

module.exports = { login, rememberDevice, sessionToken, resumeFromDevice };
