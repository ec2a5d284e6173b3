// Session tokens for the mobile API (jose v1 API: JWT / JWK).
var jose = require("jose");
var fs = require("fs");
var { JWK, JWT } = jose;

// expect: hardcoded-secret
var REFRESH_SECRET = "c2VjcmV0LXJlZnJlc2gta2V5LWZvci1tb2JpbGUtYXBp";
var ISSUER = "https://auth.example.com";

const tokenConfig = {
  audience: "mobile",
  // expect: hardcoded-secret
  accessKey: "9f1c2e7a4b8d03f6a5e2c1b7d9e8f0a3",
  expiresIn: "15m",
};

// Safe: the signing key for ID tokens is read from a mounted file; the service key comes from the environment.
const idTokenKey = JWK.asKey(fs.readFileSync(process.env.ID_TOKEN_KEY_FILE || "/run/secrets/id_token.pem"));
const serviceKey = JWK.asKey({ kty: "oct", k: process.env.SERVICE_JWT_KEY });

function issueAccess(user) {
  var key = JWK.asKey(tokenConfig.accessKey);
  var token = JWT.sign({ sub: user.id, scope: user.scope }, key, {
    issuer: ISSUER,
    audience: tokenConfig.audience,
    expiresIn: tokenConfig.expiresIn,
  });
  return token;
}

function issueRefresh(user) {
  var token = JWT.sign({ sub: user.id, typ: "refresh" }, REFRESH_SECRET, { issuer: ISSUER, expiresIn: "30d" });
  return token;
}

function issueLegacy(user) {
  // expect: hardcoded-secret
  var token = JWT.sign({ sub: user.id }, "legacy-app-secret-2019", { expiresIn: "7d" });
  return token;
}

async function verifyWebhookToken(token) {
  // expect: hardcoded-secret
  return JWT.verify(token, JWK.asKey("partner-webhook-shared-secret"), { issuer: "https://partner.example.net" });
}

function issueId(user) {
  return JWT.sign({ sub: user.id, email: user.email }, idTokenKey, { algorithm: "RS256", issuer: ISSUER, expiresIn: "1h" });
}

function verifyService(token) {
  return JWT.verify(token, serviceKey, { issuer: ISSUER, algorithms: ["HS256"] });
}

module.exports = { issueAccess, issueRefresh, issueLegacy, verifyWebhookToken, issueId, verifyService };
