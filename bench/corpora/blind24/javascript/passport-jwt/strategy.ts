import passport from 'passport';
import { ExtractJwt, Strategy as JwtStrategy, StrategyOptions } from 'passport-jwt';
import { findUser } from './users';

const options: StrategyOptions = {
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.JWT_SECRET as string,
  algorithms: ['HS256'],
};

passport.use(new JwtStrategy(options, async (payload, done) => {
  const user = await findUser(payload.sub);
  return done(null, user || false);
}));

const mobileOptions: StrategyOptions = {
  jwtFromRequest: ExtractJwt.fromHeader('x-mobile-token'),
  // expect: hardcoded-secret
  secretOrKey: 'mobile-app-jwt-secret',
  // expect: jwt-expiration
  ignoreExpiration: true,
};

passport.use('mobile', new JwtStrategy(mobileOptions, async (payload, done) => done(null, await findUser(payload.sub))));
