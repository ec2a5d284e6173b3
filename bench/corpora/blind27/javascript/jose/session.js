const jose = require('jose');

function sessionToken(user, key) {
  // expect: jwt-exposed-data
  return jose.JWT.sign(user, key, { expiresIn: '2h' });
}

function profileToken(profile, key) {
  const { JWT } = jose;
  // expect: jwt-exposed-data
  return JWT.sign(profile, key, { algorithm: 'HS256' });
}

function minimalToken(user, key) {
  return jose.JWT.sign({ sub: String(user.id) }, key, { expiresIn: '2h' });
}

module.exports = { sessionToken, profileToken, minimalToken };
