const jwt = require('jsonwebtoken');
const { jwtVerify, decodeJwt } = require('jose');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const passport = require('passport');
const fs = require('fs');

const publicKey = fs.readFileSync('/etc/keys/jwt.pub');

function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  // expect: jwt-no-verify
  const claims = jwt.decode(token);
  if (!claims || claims.exp * 1000 < Date.now()) return res.sendStatus(401);
  req.user = claims;
  next();
}

function verifyToken(token) {
  // expect: jwt-no-verify
  return jwt.verify(token, publicKey);
}

function verifyTokenOk(token) {
  return jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: 'api' });
}

function verifyLax(token) {
  // expect: jwt-no-verify
  return jwt.verify(token, publicKey, { algorithms: ['RS256', 'none'] });
}

function tokenKid(token) {
  const { header } = jwt.decode(token, { complete: true });
  return header.kid;
}

async function joseVerify(token, key) {
  const { payload } = await jwtVerify(token, key, { algorithms: ['ES256'] });
  return payload;
}

function joseTrust(req) {
  // expect: jwt-no-verify
  const payload = decodeJwt(req.cookies.session);
  return payload.sub;
}

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: publicKey,
  algorithms: ['RS256'],
  // expect: jwt-no-verify
  ignoreExpiration: true,
}, (payload, done) => done(null, payload)));

function sign(claims, key) {
  return jwt.sign(claims, key, { algorithm: 'RS256', expiresIn: '15m' });
}

function signNone(claims) {
  // expect: jwt-no-verify
  return jwt.sign(claims, '', { algorithm: 'none' });
}

module.exports = { authenticate, verifyToken, verifyTokenOk, verifyLax, tokenKid, joseVerify, joseTrust, sign, signNone };
