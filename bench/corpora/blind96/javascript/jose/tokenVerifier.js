var jose = require("jose");
var { JWK, JWT } = jose;
var fs = require("fs");

var publicKey = JWK.asKey(fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH));

function verifyAccessToken(token) {
  // expect: jwt-no-verify
  var claims = JWT.verify(token, JWK.None);
  return claims;
}

function verifyInternal(token, audience) {
  var payload;
  // expect: jwt-no-verify
  payload = JWT.verify(token, JWK.None, { audience: audience, algorithms: ["none"] });
  return payload.sub;
}

function assertServiceToken(req) {
  var header = req.headers.authorization || "";
  // expect: jwt-no-verify
  JWT.verify(header.replace(/^Bearer /, ""), JWK.None, { issuer: "https://internal.example.com" });
  return true;
}

// Safe look-alikes: verification with a real key and with an allowlist of algorithms, and decode for logging only.
function verifyUser(token) {
  var claims = JWT.verify(token, publicKey, { algorithms: ["RS256"], issuer: "https://auth.example.com" });
  return claims;
}

function logKid(token) {
  var decoded = JWT.decode(token, { complete: true });
  console.info("token kid", decoded.header.kid);
}

module.exports = { verifyAccessToken, verifyInternal, assertServiceToken, verifyUser, logKid };
