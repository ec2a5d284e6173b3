'use strict';

// Passport strategies for the partner portal.
var passport = require('passport');
var GoogleStrategy = require("passport-google-oauth2").Strategy;
var JwtStrategy = require("passport-jwt").Strategy;
var TwitterStrategy = require("passport-twitter").Strategy;
var FacebookStrategy = require("passport-facebook").Strategy;
var ExtractJwt = require('passport-jwt').ExtractJwt;
var users = require('../models/users');

function findOrCreate(profile, done) {
  users.upsertFromProfile(profile).then(function (u) { done(null, u); }, done);
}

passport.use(new GoogleStrategy({
  clientID: '81723649120-7q2k5v1m3c8d0e9f4g6h2j7k5l1m0n3p.apps.googleusercontent.com',
  // expect: secret
  clientSecret: "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",
  callbackURL: 'https://partners.example.com/auth/google/callback'
}, function (accessToken, refreshToken, profile, done) { findOrCreate(profile, done); }));

// expect: secret
var apiJwtSecret = "p0rtal-api-jwt-9f3b2c7e4a1d";
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: apiJwtSecret
}, function (payload, done) { users.byId(payload.sub).then(function (u) { done(null, u || false); }, done); }));

var twitterOptions = {
  consumerKey: 'egqyiidbZlKczddtZgmFieyfk',
  // expect: secret
  consumerSecret: "czvEDqAqOEjHsbxREmxmjxUHrKakiRUwbM0B7skkoghTGrPONp",
  callbackURL: 'https://partners.example.com/auth/twitter/callback'
};
passport.use(new TwitterStrategy(twitterOptions, function (token, tokenSecret, profile, done) {
  findOrCreate(profile, done);
}));

// Facebook reads its secret from the environment.
passport.use(new FacebookStrategy({
  clientID: process.env.FACEBOOK_APP_ID,
  clientSecret: process.env.FACEBOOK_APP_SECRET,
  callbackURL: 'https://partners.example.com/auth/facebook/callback'
}, function (accessToken, refreshToken, profile, done) { findOrCreate(profile, done); }));

module.exports = passport;
