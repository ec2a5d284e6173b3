'use strict';

// Passport strategies for the web app: API tokens, Google, Facebook, Twitter
// and the company's own OAuth2 server.
var passport = require('passport');
var JwtStrategy = require('passport-jwt').Strategy;
var ExtractJwt = require('passport-jwt').ExtractJwt;
var GoogleStrategy = require('passport-google-oauth2').Strategy;
var FacebookStrategy = require('passport-facebook').Strategy;
var TwitterStrategy = require('passport-twitter').Strategy;
var OAuth2Strategy = require('passport-oauth2').Strategy;
var users = require('./users');

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  // expect: hardcoded-secret
  secretOrKey: 'k8s-prod-jwt-4f9c2e71b0d84a6e',
  issuer: 'accounts.example.com',
}, function (payload, done) {
  users.findById(payload.sub).then(function (user) { done(null, user || false); }, done);
}));

// expect: hardcoded-secret
var GOOGLE_SECRET = 'GOCSPX-7hQ2mZr9vLk3TnW8xYpA1sDf';
passport.use(new GoogleStrategy({
  clientID: process.env.GOOGLE_CLIENT_ID,
  clientSecret: GOOGLE_SECRET,
  callbackURL: 'https://app.example.com/auth/google/callback',
}, function (accessToken, refreshToken, profile, done) {
  users.upsertFromProvider('google', profile).then(function (u) { done(null, u); }, done);
}));

var facebookOptions = {};
facebookOptions.clientID = process.env.FACEBOOK_APP_ID;
// expect: hardcoded-secret
facebookOptions.clientSecret = '3e1f0c9a7b5d4e2f8a6c1b0d9e7f5a3c';
facebookOptions.callbackURL = 'https://app.example.com/auth/facebook/callback';
passport.use(new FacebookStrategy(facebookOptions, function (accessToken, refreshToken, profile, done) {
  users.upsertFromProvider('facebook', profile).then(function (u) { done(null, u); }, done);
}));

var twitterOptions = {
  consumerKey: process.env.TWITTER_CONSUMER_KEY,
  // expect: hardcoded-secret
  consumerSecret: 'pQ7rS2tU9vW4xY1zA6bC3dE8fG5hJ0kLmN2oP4qR6sT8',
  callbackURL: 'https://app.example.com/auth/twitter/callback',
};
passport.use(new TwitterStrategy(twitterOptions, function (token, tokenSecret, profile, done) {
  users.upsertFromProvider('twitter', profile).then(function (u) { done(null, u); }, done);
}));

// Safe look-alikes: secrets from the environment and from a mounted secret file.
passport.use('corp', new OAuth2Strategy({
  authorizationURL: 'https://sso.example.com/oauth2/authorize',
  tokenURL: 'https://sso.example.com/oauth2/token',
  clientID: process.env.CORP_CLIENT_ID,
  clientSecret: process.env.CORP_CLIENT_SECRET,
  callbackURL: 'https://app.example.com/auth/corp/callback',
}, function (accessToken, refreshToken, profile, done) {
  users.upsertFromProvider('corp', profile).then(function (u) { done(null, u); }, done);
}));

var apiKeyOptions = {
  jwtFromRequest: ExtractJwt.fromHeader('x-api-token'),
  secretOrKey: require('fs').readFileSync('/run/secrets/api_jwt_public.pem', 'utf8'),
  algorithms: ['RS256'],
};
passport.use('api', new JwtStrategy(apiKeyOptions, function (payload, done) {
  done(null, { id: payload.sub, scopes: payload.scope });
}));

module.exports = passport;
