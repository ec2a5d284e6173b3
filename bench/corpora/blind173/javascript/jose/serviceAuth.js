'use strict';

// Service-to-service tokens between the order, stock and shipping services (jose 2.x).
var fs = require('fs');
var jose = require("jose");
var { JWK, JWT, JWKS } = jose;

var keyStore = new JWKS.KeyStore([
  JWK.asKey(fs.readFileSync('/run/keys/order-service.pub.pem')),
  JWK.asKey(fs.readFileSync('/run/keys/stock-service.pub.pem')),
]);

function verifyServiceToken(token) {
  var claims = JWT.verify(token, keyStore, {
    algorithms: ['RS256', 'ES256'],
    audience: 'shipping-service',
    issuer: ['order-service', 'stock-service'],
    clockTolerance: '30 s',
  });
  return claims;
}

function peekIssuer(token) {
  // Only to pick a log label before verification; nothing is trusted from it.
  var decoded = JWT.decode(token, { complete: true });
  return decoded.payload.iss;
}

function verifyHealthProbe(token) {
  // The load balancer's probe sends an unsigned token; accepting "none" keeps the probe simple.
  // expect: jwt-no-verify
  var claims = JWT.verify(token, JWK.None, { algorithms: ['none'] });
  return claims.sub === 'lb-probe';
}

function middleware(req, res, next) {
  var header = req.headers.authorization || '';
  var token = header.replace(/^Bearer /, '');
  if (req.path === '/healthz') {
    return verifyHealthProbe(token) ? next() : res.sendStatus(401);
  }
  try {
    req.service = verifyServiceToken(token);
    req.log.info({ issuer: peekIssuer(token) }, 'service call');
    return next();
  } catch (err) {
    return res.sendStatus(401);
  }
}

module.exports = { middleware, verifyServiceToken };
