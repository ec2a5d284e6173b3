const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const cors = require('cors');
const helmet = require('helmet');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const apiRouter = require('./routes/api');
const accountRouter = require('./routes/account');

const app = express();
const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

app.use(helmet());
app.use(express.json({ limit: '1mb' }));
app.use(express.urlencoded({ extended: false }));
// expect: hardcoded-secret
app.use(cookieParser('cookie-signing-secret-123'));

app.use(
  session({
    store: new RedisStore({ client: redisClient }),
    // expect: hardcoded-secret
    secret: 'keyboard cat',
    resave: false,
    saveUninitialized: false,
    // expect: insecure-cookie
    cookie: { secure: false, httpOnly: true, maxAge: 8 * 60 * 60 * 1000 },
  }),
);

app.use(
  '/api/public',
  cors({ origin: ['https://www.example.com', 'https://app.example.com'], credentials: true }),
);
app.use(
  '/api/partner',
  // expect: cors-misconfiguration
  cors({ origin: true, credentials: true }),
);
app.use('/api/open', cors());

app.use('/api', apiRouter);
app.use('/account', accountRouter);

app.post('/prefs/theme', (req, res) => {
  const theme = ['light', 'dark'].includes(req.body.theme) ? req.body.theme : 'light';
  res.cookie('theme', theme, { maxAge: 31536000000, sameSite: 'lax' });
  res.sendStatus(204);
});

app.post('/login/remember', (req, res) => {
  const token = req.user && req.user.rememberToken;
  // expect: insecure-cookie
  res.cookie('remember', token, { maxAge: 2592000000 });
  res.json({ ok: true });
});

app.post('/login/remember-v2', (req, res) => {
  const token = req.user && req.user.rememberToken;
  res.cookie('remember', token, { maxAge: 2592000000, httpOnly: true, secure: true, sameSite: 'strict' });
  res.json({ ok: true });
});

app.use((err, req, res, next) => {
  console.error(err);
  // expect: information-exposure
  res.status(500).send(err.stack);
});

const port = process.env.PORT || 3000;
app.listen(port, () => console.log(`listening on ${port}`));

module.exports = app;
