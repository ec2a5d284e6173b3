// library: passport-jwt (Strategy secretOrKey)
import passport from 'passport';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import { findUserById } from './users';

passport.use('api', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  // expect: hardcoded-secret
  secretOrKey: 'passport-api-secret-2a7f',
  algorithms: ['HS256'],
}, async (payload: { sub: string }, done: (err: unknown, user?: unknown) => void) => {
  done(null, await findUserById(payload.sub));
}));

passport.use('admin', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.ADMIN_JWT_SECRET as string,
  algorithms: ['HS256'],
}, async (payload: { sub: string }, done: (err: unknown, user?: unknown) => void) => {
  done(null, await findUserById(payload.sub));
}));

const opts = {
  jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromUrlQueryParameter('token')]),
  // expect: hardcoded-secret
  secretOrKey: Buffer.from('bGVnYWN5LWtleS1mb3ItZW1iZWRz', 'base64'),
};

passport.use('embed', new JwtStrategy(opts, (payload: { sub: string }, done: (err: unknown, user?: unknown) => void) => done(null, { id: payload.sub })));
