var passport = require("passport");
var JwtStrategy = require("passport-jwt").Strategy;
var ExtractJwt = require("passport-jwt").ExtractJwt;
var GoogleStrategy = require("passport-google-oauth2").Strategy;
var FacebookStrategy = require("passport-facebook").Strategy;
var config = require("./config");

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  // expect: secret
  secretOrKey: "k9Vq2xLr7TzW4mNa8QeB3sHy6JdF1cUo",
  algorithms: ["HS256"]
}, function (payload, done) {
  done(null, { id: payload.sub });
}));

var googleOptions = {};
googleOptions.clientID = "493017662504-k2m9vq8h3t1r5x7c0b4n6d.apps.googleusercontent.com";
// expect: secret
googleOptions.clientSecret = "GOCSPX-3fQk8ZpL2wXr9vTn1bYc6HdSaE";
googleOptions.callbackURL = "/auth/google/callback";
passport.use(new GoogleStrategy(googleOptions, function (accessToken, refreshToken, profile, done) {
  done(null, profile);
}));

// expect: secret
var fbSecret = "a1f9c3e7d2b84f6a9e0c5d7b3a8f1e24";
passport.use(new FacebookStrategy({
  clientID: "881204937715562",
  clientSecret: fbSecret,
  callbackURL: "/auth/facebook/callback"
}, function (accessToken, refreshToken, profile, done) {
  done(null, profile);
}));

passport.use("jwt-admin", new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.ADMIN_JWT_SECRET,
  algorithms: ["HS256"]
}, function (payload, done) {
  done(null, payload.role === "admin" ? { id: payload.sub } : false);
}));

passport.use("google-partner", new GoogleStrategy({
  clientID: config.partner.google.clientID,
  clientSecret: config.partner.google.clientSecret,
  callbackURL: "/auth/partner/callback"
}, function (accessToken, refreshToken, profile, done) {
  done(null, profile);
}));

module.exports = passport;
