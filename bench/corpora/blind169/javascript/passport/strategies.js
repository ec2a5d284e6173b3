'use strict';

// Passport strategies for the order desk API: bearer tokens for the SPA,
// RS256 service tokens for internal jobs, Google sign-in for staff.
var fs = require('fs');
var path = require('path');
var passport = require('passport');
var JwtStrategy = require('passport-jwt').Strategy;
var ExtractJwt = require('passport-jwt').ExtractJwt;
var GoogleStrategy = require('passport-google-oauth2').Strategy;
var users = require('../models/users');
var config = require('../config');

var SERVICE_KEY_PATH = path.join(config.keysDir, 'service-tokens.pub.pem');

function loadUser(id, done) {
  users.findById(id)
    .then(function (user) {
      if (!user || user.disabled) {
        return done(null, false);
      }
      return done(null, user);
    })
    .catch(done);
}

passport.use('spa-jwt', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  // expect: secret
  secretOrKey: 'k9Vq3mT7xLp2Rw8ZsN4bF6hJd1Yc5GuE',
  issuer: 'accounts.orderdesk.example',
  audience: 'orderdesk-spa',
  algorithms: ['HS256']
}, function (payload, done) {
  loadUser(payload.sub, done);
}));

passport.use('service-jwt', new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: fs.readFileSync(SERVICE_KEY_PATH, 'utf8'),
  issuer: 'jobs.orderdesk.internal',
  algorithms: ['RS256']
}, function (payload, done) {
  if (!payload.scope || payload.scope.indexOf('jobs') === -1) {
    return done(null, false);
  }
  done(null, { service: payload.sub, scope: payload.scope });
}));

passport.use(new GoogleStrategy({
  clientID: '402718-3kq9m2h7v5x1.apps.googleusercontent.com',
  clientSecret: process.env.GOOGLE_CLIENT_SECRET,
  callbackURL: config.baseUrl + '/auth/google/callback',
  passReqToCallback: true
}, function (req, accessToken, refreshToken, profile, done) {
  var email = profile.email || '';
  if (email.slice(-18) !== '@orderdesk.example') {
    return done(null, false, { message: 'Staff accounts only' });
  }
  users.findOrCreateStaff({ googleId: profile.id, email: email })
    .then(function (user) { done(null, user); })
    .catch(done);
}));

passport.serializeUser(function (user, done) {
  done(null, user.id);
});

passport.deserializeUser(loadUser);

module.exports = passport;
