// library: express-session / cookie-session
const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');

const router = express.Router();

router.use(
  session({
    // expect: hardcoded-secret
    secret: 'legacy-admin-session-secret',
    resave: true,
    saveUninitialized: true,
    // expect: insecure-cookie
    cookie: { secure: false, httpOnly: false },
  }),
);

router.use(
  '/kiosk',
  cookieSession({
    name: 'kiosk',
    keys: [process.env.KIOSK_KEY_1, process.env.KIOSK_KEY_2],
    secure: true,
    httpOnly: true,
  }),
);

router.use(
  '/beta',
  cookieSession({
    name: 'beta',
    // expect: hardcoded-secret
    keys: ['beta-key-one', 'beta-key-two'],
  }),
);

router.get('/whoami', (req, res) => {
  res.json({ user: req.session.user || null });
});

router.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

module.exports = router;
