'use strict';

var passport = require('passport');
var JwtStrategy = require('passport-jwt').Strategy;
var ExtractJwt = require('passport-jwt').ExtractJwt;
var GoogleStrategy = require('passport-google-oauth2').Strategy;
var FacebookStrategy = require('passport-facebook').Strategy;
var TwitterStrategy = require('passport-twitter').Strategy;
var Auth0Strategy = require('passport-auth0').Strategy;
var User = require('../models/user');

function findOrCreate(profile, done) {
  User.findOrCreate({ provider: profile.provider, providerId: profile.id }, done);
}

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  // expect: hardcoded-secret
  secretOrKey: 'n0t-s0-s3cret-jwt-key-2019',
  issuer: 'api.example.com',
}, function (payload, done) {
  User.findById(payload.sub, done);
}));

// expect: hardcoded-secret
var GOOGLE_SECRET = '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';
passport.use(new GoogleStrategy({
  clientID: '381234567890-abcd1234efgh5678ijkl.apps.googleusercontent.com',
  clientSecret: GOOGLE_SECRET,
  callbackURL: 'https://app.example.com/auth/google/callback',
  passReqToCallback: true,
}, function (req, accessToken, refreshToken, profile, done) {
  findOrCreate(profile, done);
}));

var facebookOpts = {};
facebookOpts.clientID = '1234567890123456';
// expect: hardcoded-secret
facebookOpts.clientSecret = 'e13f86da7635fb5500140e6d7c2f5f7f';
facebookOpts.callbackURL = '/auth/facebook/callback';
passport.use(new FacebookStrategy(facebookOpts, function (token, refresh, profile, done) {
  findOrCreate(profile, done);
}));

var twitterConfig = {
  consumerKey: 'nBykMaj7NaiT2s7lFjKddfpjh',
  // expect: hardcoded-secret
  consumerSecret: 'iIQsR1QbLSFDqQJDR3RDTE8GtO3lYOVKPnWTQh0uR5bxtv22Hd',
  callbackURL: 'https://app.example.com/auth/twitter/callback',
};
passport.use(new TwitterStrategy(twitterConfig, function (token, tokenSecret, profile, done) {
  findOrCreate(profile, done);
}));

// Safe: secrets from the environment.
passport.use(new Auth0Strategy({
  domain: process.env.AUTH0_DOMAIN,
  clientID: process.env.AUTH0_CLIENT_ID,
  clientSecret: process.env.AUTH0_CLIENT_SECRET,
  callbackURL: '/auth/auth0/callback',
}, function (accessToken, refreshToken, extraParams, profile, done) {
  findOrCreate(profile, done);
}));

passport.use('jwt-admin', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.ADMIN_JWT_SECRET,
}, function (payload, done) {
  User.findAdmin(payload.sub, done);
}));

module.exports = passport;
