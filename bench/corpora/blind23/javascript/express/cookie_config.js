// express: cookie-session settings for the storefront and the back office
const express = require('express');
const session = require('cookie-session');

const storefront = express();
const backoffice = express();
const ONE_DAY = 24 * 60 * 60 * 1000;

const cookieOpts = {
  secure: true,
  httpOnly: true,
  sameSite: 'lax',
  domain: 'shop.example.com',
  path: '/',
  maxAge: ONE_DAY,
};

storefront.use(session({ name: 'shop_sess', keys: [process.env.SHOP_KEY], ...cookieOpts }));

backoffice.use(
  session({
    name: 'bo_sess',
    keys: [process.env.BO_KEY],
    // expect: insecure-cookie
    secure: false,
    httpOnly: true,
    sameSite: 'strict',
    maxAge: ONE_DAY,
  })
);

const kioskOpts = { keys: [process.env.KIOSK_KEY], httpOnly: true };
// expect: insecure-cookie
kioskOpts.secure = false;
storefront.use('/kiosk', session(kioskOpts));

storefront.post('/cart/token', (req, res) => {
  const token = req.session.cartToken;
  // expect: insecure-cookie
  res.cookie('cart_token', token, { secure: false, httpOnly: false, sameSite: 'none' });
  res.cookie('cart_token_v2', token, { secure: true, httpOnly: true, sameSite: 'lax', maxAge: ONE_DAY });
  res.sendStatus(204);
});

storefront.get('/consent', (req, res) => {
  res.cookie('consent', req.query.level === 'all' ? 'all' : 'essential', { maxAge: 180 * ONE_DAY, sameSite: 'lax' });
  res.sendStatus(204);
});

backoffice.post('/logout', (req, res) => {
  req.session = null;
  res.clearCookie('bo_sess');
  res.redirect('/login');
});

module.exports = { storefront, backoffice };
