'use strict';

var jwt = require("jsonwebtoken");
var fs = require('fs');
var bcrypt = require('bcryptjs');
var Users = require('../models/user');

// expect: secret
var REFRESH_SECRET = "rf_9d2Kq7LmW3xZ8vT1pN6bY4cH0sJ5gE";
var PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH);

async function login(email, password) {
  var user = await Users.findOne({ where: { email: email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return null;
  }
  // expect: secret
  var access = jwt.sign({ sub: user.id, role: user.role }, 'access-secret-2019', { expiresIn: '15m' });
  var refresh = jwt.sign({ sub: user.id, typ: 'refresh' }, REFRESH_SECRET, { expiresIn: '30d' });
  return { access: access, refresh: refresh };
}

function readAccessToken(token) {
  // expect: secret
  return jwt.verify(token, 'access-secret-2019');
}

function rotateRefresh(oldToken) {
  var claims = jwt.verify(oldToken, REFRESH_SECRET);
  return jwt.sign({ sub: claims.sub, typ: 'refresh' }, REFRESH_SECRET, { expiresIn: '30d' });
}

function verifyPartnerToken(token) {
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], issuer: 'partners.example' });
}

function signWebhookToken(payload) {
  return jwt.sign(payload, process.env.WEBHOOK_SIGNING_SECRET, { expiresIn: '5m' });
}

module.exports = { login: login, readAccessToken: readAccessToken, rotateRefresh: rotateRefresh, verifyPartnerToken: verifyPartnerToken, signWebhookToken: signWebhookToken };
