const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const lusca = require('lusca');
const flash = require('express-flash');
const passport = require('passport');
const rateLimit = require('express-rate-limit');

const userController = require('./controllers/user');
const apiController = require('./controllers/api');
const passportConfig = require('./config/passport');
const { upload } = require('./config/upload');

const app = express();

app.set('view engine', 'pug');
app.use(express.json({ limit: '100kb' }));
app.use(express.urlencoded({ extended: false }));
app.use(session({
  resave: true,
  saveUninitialized: false,
  secret: process.env.SESSION_SECRET,
  cookie: { maxAge: 1209600000, httpOnly: true, sameSite: 'lax' },
  store: MongoStore.create({ mongoUrl: process.env.MONGODB_URI }),
}));
app.use(passport.initialize());
app.use(passport.session());
app.use(flash());
app.use((req, res, next) => {
  if (req.path.startsWith('/api/account/') || req.path === '/api/upload') {
    next();
  } else {
    lusca.csrf()(req, res, next);
  }
});
app.use(lusca.xframe('SAMEORIGIN'));
app.use(lusca.xssProtection(true));

const limiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 200 });
app.use(limiter);

app.get('/login', userController.getLogin);
app.post('/login', userController.postLogin);
app.get('/logout', userController.logout);
app.post('/forgot', userController.postForgot);
app.get('/account/verify/:token', passportConfig.isAuthenticated, userController.getVerifyEmailToken);
app.post('/api/account/verify', userController.postVerifyEmailApi);

app.get('/api/scraping', apiController.getScraping);
app.get('/api/scraping/preview', passportConfig.isAuthenticated, apiController.getLinkPreview);
app.get('/api/upload/legacy', apiController.getUploadedFileLegacy);
app.get('/api/upload/:name', apiController.getUploadedFile);
app.post('/api/upload', upload.single('myFile'), apiController.postFileUpload);
app.get('/api/lastfm', apiController.getLastfm);

module.exports = app;
