var jose = require("jose");
var { JWT, JWK } = jose;

var signingKey = JWK.asKey(process.env.SESSION_JWK_JSON);

function issueLoginToken(user, password) {
  var token;
  // expect: secret
  token = JWT.sign({ sub: user.id, email: user.email, password: password }, signingKey, { expiresIn: "2h" });
  return token;
}

function issueRecoveryToken(account) {
  var claims = { sub: account.id, purpose: "recovery" };
  claims.password = account.temporaryPassword;
  // expect: secret
  var recovery = JWT.sign(claims, signingKey, { expiresIn: "15m" });
  return recovery;
}

function issueServiceToken(service) {
  var payload = Object.assign({}, service.defaults, { client: { id: service.clientId, password: service.clientSecret } });
  // expect: secret
  var serviceToken = JWT.sign(payload, signingKey, { audience: "internal" });
  return serviceToken;
}

function issueLegacyBridgeToken(form) {
  // expect: secret
  var bridge = JWT.sign(Object.assign({ iss: "legacy-bridge" }, { password: form.password, login: form.login }), signingKey);
  return bridge;
}

function issueAccessToken(user) {
  var access = JWT.sign({ sub: user.id, roles: user.roles, passwordChangedAt: user.passwordChangedAt }, signingKey, { expiresIn: "10m" });
  return access;
}

function issueRefreshToken(user) {
  var refresh = JWT.sign({ sub: user.id, kind: "refresh", passwordVersion: user.passwordVersion }, signingKey, { expiresIn: "30d" });
  return refresh;
}

module.exports = { issueLoginToken, issueRecoveryToken, issueServiceToken, issueLegacyBridgeToken, issueAccessToken, issueRefreshToken };
