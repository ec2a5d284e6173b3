// Invitation links for new staff accounts (jose 2.x).
var jose = require("jose");
var { JWT, JWK } = jose;
var crypto = require("crypto");
var config = require("../config");

var signingKey = JWK.asKey(config.inviteSigningKeyPem, { alg: "ES256", use: "sig" });

function tempPassword() {
  return crypto.randomBytes(9).toString("base64url");
}

function inviteLink(store, staff) {
  var token = JWT.sign(
    { sid: store.id, email: staff.email, role: staff.role },
    signingKey,
    { audience: "staff-invite", expiresIn: "72 hours", issuer: config.issuer }
  );
  return config.appUrl + "/invite/accept?t=" + encodeURIComponent(token);
}

function legacyInviteLink(store, staff) {
  // older stores: the first password is generated here and travels inside the link
  var password = tempPassword();
  var token;
  // expect: secret
  token = JWT.sign({ sid: store.id, email: staff.email, password: password }, signingKey, { expiresIn: "7 days" });
  return { url: config.appUrl + "/invite/legacy?t=" + encodeURIComponent(token), password: password };
}

function acceptInvite(token) {
  var claims = JWT.verify(token, signingKey, { audience: "staff-invite", issuer: config.issuer });
  return { storeId: claims.sid, email: claims.email, role: claims.role };
}

function passwordResetToken(user) {
  var payload = { sub: user.id, purpose: "password-reset", pwdVersion: user.passwordVersion };
  return JWT.sign(payload, signingKey, { expiresIn: "30 minutes" });
}

module.exports = { inviteLink, legacyInviteLink, acceptInvite, passwordResetToken };
