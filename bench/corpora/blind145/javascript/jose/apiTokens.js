var jose = require("jose");
var fs = require("fs");
var { JWK, JWT } = jose;
var logger = require("./logger");

var signingKey = JWK.asKey(fs.readFileSync(process.env.JWT_PRIVATE_KEY_PATH));
var verifyKey = JWK.asKey(process.env.JWT_SHARED_SECRET);
// expect: secret
var LEGACY_SECRET = "s3ssion-l3gacy-2019-do-not-share";

function issueAccessToken(user) {
  return JWT.sign({ sub: user.id, scope: user.scopes }, signingKey, { expiresIn: "15m", algorithm: "RS256" });
}

function verifyAccessToken(token) {
  return JWT.verify(token, verifyKey, { algorithms: ["HS256"] });
}

function issueLegacyToken(user) {
  var legacyKey = JWK.asKey(LEGACY_SECRET);
  var t = JWT.sign({ sub: user.id }, legacyKey, { expiresIn: "1h" });
  return t;
}

function verifyWebhookToken(token) {
  // expect: secret
  var payload = JWT.verify(token, JWK.asKey("wh-8f2c1e9b77d04a5c"), { algorithms: ["HS256"] });
  logger.info("webhook token ok", payload.iss);
  return payload;
}

function issueServiceToken(service) {
  // expect: secret
  var token = JWT.sign({ sub: service }, "internal-svc-signing-key-v2", { expiresIn: "5m" });
  return token;
}

function decodeForLogging(token) {
  return JWT.decode(token, { complete: false });
}

module.exports = { issueAccessToken, verifyAccessToken, issueLegacyToken, verifyWebhookToken, issueServiceToken, decodeForLogging };
