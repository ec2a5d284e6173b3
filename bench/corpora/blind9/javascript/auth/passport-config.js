// library: passport-jwt (Express app)
const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');

passport.use(
  'api',
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: process.env.JWT_SECRET,
      algorithms: ['HS256'],
      issuer: 'accounts.example.com',
    },
    (payload, done) => done(null, { id: payload.sub }),
  ),
);

passport.use(
  'legacy',
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromUrlQueryParameter('token'),
      // expect: hardcoded-secret
      secretOrKey: 'legacy-mobile-secret-2019',
      // expect: jwt-no-verify
      ignoreExpiration: true,
    },
    (payload, done) => done(null, { id: payload.sub, legacy: true }),
  ),
);

passport.use(
  'partner',
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromHeader('x-partner-token'),
      secretOrKey: require('fs').readFileSync('/etc/partner/jwt.pub'),
      // expect: jwt-no-verify
      algorithms: ['RS256', 'none'],
    },
    (payload, done) => done(null, { partner: payload.iss }),
  ),
);

module.exports = passport;
