const express = require('express');
const session = require('express-session');

const app = express();

// expect: cookie-settings
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

const shop = express.Router();
shop.use(session({
  secret: process.env.SHOP_SECRET,
  name: 'shop.sid',
  // expect: cookie-settings
  cookie: { httpOnly: false, secure: false },
}));

const account = express.Router();
account.use(session({
  secret: process.env.ACCOUNT_SECRET,
  name: 'acct.sid',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'strict', domain: 'example.com', path: '/account', maxAge: 3600000 },
}));

module.exports = { app, shop, account };
