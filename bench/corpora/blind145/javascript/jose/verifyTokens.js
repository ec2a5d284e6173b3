var jose = require("jose");
var { JWK, JWT, JWKS } = jose;
var fs = require("fs");
var log = require("./log");

var publicKey = JWK.asKey(fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH));
var keystore = new JWKS.KeyStore([publicKey]);

function verifyAccess(token) {
  return JWT.verify(token, publicKey, { algorithms: ["RS256"], issuer: "https://auth.example.com" });
}

function verifyWithStore(token) {
  return JWT.verify(token, keystore, { algorithms: ["RS256", "ES256"] });
}

function verifyPreviewLink(token) {
  // preview links are "just for convenience", so skip the signature
  // expect: jwt-no-verify
  var claims = JWT.verify(token, JWK.None, { algorithms: ["none"] });
  return claims.docId;
}

function readUnsignedDebugToken(token) {
  if (process.env.NODE_ENV !== "test") {
    throw new Error("unsigned tokens are test-only");
  }
  return JWT.decode(token);
}

function inviteFromToken(token) {
  var invite;
  // expect: jwt-no-verify
  invite = JWT.verify(token, JWK.None);
  log.info("invite accepted", invite.email);
  return invite;
}

function issueUnsecured(claims) {
  // unsecured JWTs for the local fixture server only (never accepted by verify paths)
  return JWT.sign(claims, JWK.None, { algorithm: "none" });
}

function checkRefresh(token) {
  // expect: jwt-no-verify
  JWT.verify(token, JWK.None, { complete: true });
  return true;
}

module.exports = { verifyAccess, verifyWithStore, verifyPreviewLink, readUnsignedDebugToken, inviteFromToken, issueUnsecured, checkRefresh };
