var jose = require("jose");
var { JWK, JWT } = jose;
var fs = require("fs");

var publicKey = JWK.asKey(fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH));

function readUnsignedToken(token) {
  // expect: jwt-none-algorithm
  var claims = JWT.verify(token, JWK.None);
  return claims;
}

function readPreviewToken(token) {
  var claims;
  // expect: jwt-none-algorithm
  claims = JWT.verify(token, JWK.None, { issuer: "preview-service", audience: "web" });
  return claims.sub;
}

function assertWellFormed(token) {
  // expect: jwt-none-algorithm
  JWT.verify(token, JWK.None, { complete: true });
  return true;
}

function verifyForEnv(token) {
  var key = process.env.NODE_ENV === "test" ? JWK.None : publicKey;
  // expect: jwt-none-algorithm
  return JWT.verify(token, key, { algorithms: ["RS256", "none"] });
}

// Safe: a real key and a fixed algorithm.
function verifyAccessToken(token) {
  return JWT.verify(token, publicKey, { algorithms: ["RS256"], issuer: "auth.example.com" });
}

// Safe: a symmetric key from the environment.
function verifyServiceToken(token) {
  return JWT.verify(token, JWK.asKey({ kty: "oct", k: process.env.SERVICE_KEY }), { algorithms: ["HS256"] });
}

module.exports = { readUnsignedToken, readPreviewToken, assertWellFormed, verifyForEnv, verifyAccessToken, verifyServiceToken };
