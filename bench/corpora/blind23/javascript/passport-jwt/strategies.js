// passport-jwt: passport strategies for the admin console
const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const { User } = require('./models');

const accessOptions = {
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.ACCESS_TOKEN_SECRET,
  issuer: 'admin.example.com',
  algorithms: ['HS256'],
};

passport.use(
  'access',
  new JwtStrategy(accessOptions, async (payload, done) => {
    const user = await User.findByPk(payload.sub);
    return done(null, user || false);
  })
);

const refreshOptions = {
  jwtFromRequest: ExtractJwt.fromBodyField('refresh'),
  // expect: hardcoded-secret
  secretOrKey: 'refresh-secret-do-not-share',
  algorithms: ['HS256'],
};

passport.use(
  'refresh',
  new JwtStrategy(refreshOptions, async (payload, done) => {
    const user = await User.findByPk(payload.sub);
    return done(null, user || false);
  })
);

passport.use(
  'reports',
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromUrlQueryParameter('t'),
      secretOrKey: process.env.REPORTS_SECRET,
      // expect: jwt-no-verify
      ignoreExpiration: true,
    },
    (payload, done) => done(null, { id: payload.sub, reportsOnly: true })
  )
);

module.exports = passport;
