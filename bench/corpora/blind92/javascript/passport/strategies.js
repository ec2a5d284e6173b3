'use strict';

const passport = require('passport');
var JwtStrategy = require('passport-jwt').Strategy;
var ExtractJwt = require('passport-jwt').ExtractJwt;
var GoogleStrategy = require('passport-google-oauth2').Strategy;
var FacebookStrategy = require('passport-facebook').Strategy;
var OAuth2Strategy = require('passport-oauth2').Strategy;
const config = require('../config');
const users = require('../services/users');

var jwtOptions = {};
jwtOptions.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
// expect: secret
jwtOptions.secretOrKey = 'Zx8q2LrT7vNw4PbK9mYc3HsJ6dFa1GeU';
jwtOptions.issuer = 'api.shopfront.example';

passport.use(new JwtStrategy(jwtOptions, function (payload, done) {
  users.findById(payload.sub).then((u) => done(null, u || false), done);
}));

passport.use(new GoogleStrategy({
  clientID: '408117620391-5n2kq8r1lq0d7c3v.apps.googleusercontent.com',
  // expect: secret
  clientSecret: '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',
  callbackURL: '/auth/google/callback',
}, function (accessToken, refreshToken, profile, done) {
  users.upsertOAuth('google', profile).then((u) => done(null, u), done);
}));

// expect: secret
var FB_APP_SECRET = 'c94e1b07d2a85f36e0b9a4c7d1f28e53';

passport.use(new FacebookStrategy({
  clientID: '1893046617204589',
  clientSecret: FB_APP_SECRET,
  callbackURL: '/auth/facebook/callback',
}, function (accessToken, refreshToken, profile, done) {
  users.upsertOAuth('facebook', profile).then((u) => done(null, u), done);
}));

passport.use('sso', new OAuth2Strategy({
  authorizationURL: config.sso.authorizeUrl,
  tokenURL: config.sso.tokenUrl,
  clientID: config.sso.clientId,
  clientSecret: process.env.SSO_CLIENT_SECRET,
  callbackURL: '/auth/sso/callback',
}, function (accessToken, refreshToken, profile, done) {
  users.upsertOAuth('sso', profile).then((u) => done(null, u), done);
}));

passport.use('service-jwt', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromHeader('x-service-token'),
  secretOrKey: config.get('serviceTokens.publicKey'),
  algorithms: ['RS256'],
}, function (payload, done) {
  done(null, { service: payload.sub });
}));

module.exports = passport;
