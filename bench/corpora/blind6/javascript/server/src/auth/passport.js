const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const { passportJwtSecret } = require('jwks-rsa');
const jwt = require('jsonwebtoken');
const User = require('../models/user');

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  // expect: passport-jwt-hardcoded-secret
  secretOrKey: 'my-very-secret-signing-key',
}, async (payload, done) => {
  try {
    const user = await User.findById(payload.sub);
    return done(null, user || false);
  } catch (err) {
    return done(err, false);
  }
}));

passport.use('partner-jwt', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromHeader('x-partner-token'),
  secretOrKey: process.env.PARTNER_JWT_SECRET,
  algorithms: ['HS256'],
  // expect: passport-jwt-ignore-expiration
  ignoreExpiration: true,
}, (payload, done) => done(null, { partner: payload.sub })));

passport.use('sso', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKeyProvider: passportJwtSecret({
    jwksUri: 'https://sso.example-corp.com/.well-known/jwks.json',
    cache: true,
    rateLimit: true,
  }),
  issuer: 'https://sso.example-corp.com/',
  audience: 'store-api',
  algorithms: ['RS256'],
}, (payload, done) => done(null, { id: payload.sub })));

function issueToken(user) {
  // expect: jwt-hardcoded-secret
  return jwt.sign({ sub: user.id }, 'my-very-secret-signing-key', { expiresIn: '1h' });
}

function issuePartnerToken(partnerId) {
  return jwt.sign({ sub: partnerId }, process.env.PARTNER_JWT_SECRET, { algorithm: 'HS256', expiresIn: '15m' });
}

module.exports = { passport, issueToken, issuePartnerToken };
