import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
import passport from 'passport';
import Koa from 'koa';
import { jwtVerify, createRemoteJWKSet, decodeJwt } from 'jose';
import { ApolloServer } from '@apollo/server';
import { typeDefs, resolvers } from './schema';

const JWKS = createRemoteJWKSet(new URL('https://login.example.com/.well-known/jwks.json'));

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.JWT_SECRET,
  // expect: jwt-expiry-ignored
  ignoreExpiration: true,
}, (payload, done) => done(null, payload)));

passport.use('strict', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.JWT_SECRET,
  algorithms: ['HS256'],
  issuer: 'https://login.example.com',
}, (payload, done) => done(null, payload)));

export async function currentUser(token: string) {
  const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://login.example.com', audience: 'shop' });
  return payload.sub;
}

export function userIdFromCookie(token: string) {
  // expect: jwt-decode-for-auth
  const claims = decodeJwt(token);
  return claims.sub;
}

export function setSession(ctx: Koa.Context, sid: string) {
  // expect: insecure-cookie
  ctx.cookies.set('sid', sid, { httpOnly: false, secure: false });
  ctx.cookies.set('lang', 'en', { httpOnly: false, sameSite: 'lax' });
}

export const apollo = new ApolloServer({
  typeDefs,
  resolvers,
  // expect: debug-enabled
  introspection: true,
  includeStacktraceInErrorResponses: process.env.NODE_ENV !== 'production',
});
