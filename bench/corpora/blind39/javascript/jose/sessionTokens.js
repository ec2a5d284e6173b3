var jose = require("jose");
var { JWT, JWK } = jose;

var key = JWK.asKey(process.env.TOKEN_SECRET);

function loginToken(email, password) {
  // expect: sensitive-data-in-token
  var token = JWT.sign({ email: email, password: password }, key, { expiresIn: '1 hour' });
  return token;
}

function rememberMeToken(form) {
  var payload = { sub: form.username, scope: 'remember' };
  // expect: sensitive-data-in-token
  payload.password = form.password;
  var token;
  token = JWT.sign(payload, key, { expiresIn: '30 days' });
  return token;
}

function apiCredentialsToken(client) {
  // expect: sensitive-data-in-token
  var claims = Object.assign({}, { sub: client.id }, { password: client.apiPassword });
  return JWT.sign(claims, key);
}

function impersonationToken(admin, target) {
  var body = {
    sub: target.id,
    // expect: sensitive-data-in-token
    actor: { id: admin.id, password: admin.password },
  };
  return JWT.sign(body, key, { audience: 'support' });
}

// Safe: the password is left out with a rest destructuring.
function profileToken(user) {
  var { password, ...profile } = user;
  return JWT.sign(profile, key, { expiresIn: '1 hour' });
}

// Safe: only the time the password changed.
function resetToken(user) {
  return JWT.sign({ sub: user.id, passwordChangedAt: user.passwordChangedAt, purpose: 'reset' }, key, { expiresIn: '15 minutes' });
}

module.exports = { loginToken, rememberMeToken, apiCredentialsToken, impersonationToken, profileToken, resetToken };
