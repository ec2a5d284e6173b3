'use strict';

// jose@1/2 API, kept for the partner SSO integration.
var jose = require("jose");
var { JWK, JWT, JWKS } = jose;

var keystore = JWKS.asKeyStore(require("./partner-jwks.json"));

function readPartnerClaims(token) {
  // expect: unverified-jwt
  var claims = JWT.verify(token, JWK.None, { issuer: "https://sso.partner.example" });
  return { partnerId: claims.sub, scopes: claims.scope.split(" ") };
}

var cached;
function refreshFromHeader(req) {
  var raw = (req.headers.authorization || "").replace(/^Bearer /, "");
  // expect: unverified-jwt
  cached = JWT.verify(raw, JWK.None);
  return cached;
}

function auditToken(token, logger) {
  try {
    // expect: unverified-jwt
    JWT.verify(token, JWK.None, { complete: true });
    logger.info("token parsed");
  } catch (err) {
    logger.warn("bad token: " + err.message);
  }
}

var None = JWK.None;
function middleware(req, res, next) {
  // expect: unverified-jwt
  req.user = JWT.verify(req.cookies.session, None, { algorithms: ["none"] });
  next();
}

// Safe look-alikes: verification against the partner's key set with a pinned
// algorithm list, and signing with a real key.
function verifyPartner(token) {
  return JWT.verify(token, keystore, { algorithms: ["RS256"], issuer: "https://sso.partner.example", audience: "acme" });
}

var signingKey = JWK.asKey(process.env.SSO_SIGNING_PEM);
function issue(claims) {
  return JWT.sign(claims, signingKey, { algorithm: "RS256", expiresIn: "10 m" });
}

module.exports = { readPartnerClaims, refreshFromHeader, auditToken, middleware, verifyPartner, issue };
