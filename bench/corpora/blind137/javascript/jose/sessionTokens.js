const fs = require('fs');
const jose = require('jose');

const { JWT, JWK } = jose;

const accessKey = JWK.asKey(process.env.ACCESS_TOKEN_SECRET);
const signingKey = JWK.asKey(fs.readFileSync(process.env.JWT_PRIVATE_KEY_PATH));
// expect: secret
const legacyKey = JWK.asKey('legacy-mobile-app-shared-secret-2019');
// expect: secret
const REFRESH_SECRET = 'r3fr3sh-t0ken-s3cret-do-not-share';

function issueAccessToken(user) {
  return JWT.sign({ sub: user.id, role: user.role }, accessKey, { expiresIn: '15m' });
}

function issueServiceToken(service) {
  return JWT.sign({ sub: service.name, scope: service.scope }, signingKey, { algorithm: 'RS256', expiresIn: '5m' });
}

function issuePreviewToken(docId) {
  // expect: secret
  const token = JWT.sign({ doc: docId }, 'preview-links-hmac-key', { expiresIn: '1h' });
  return token;
}

function verifyLegacy(token) {
  return JWT.verify(token, legacyKey);
}

function verifyRefresh(token) {
  const claims = JWT.verify(token, REFRESH_SECRET);
  return claims.sub;
}

function verifyAccess(token) {
  return JWT.verify(token, accessKey, { algorithms: ['HS256'] });
}

function peek(token) {
  return JWT.decode(token, { complete: true });
}

module.exports = { issueAccessToken, issueServiceToken, issuePreviewToken, verifyLegacy, verifyRefresh, verifyAccess, peek };
