// Koa app session setup.
const Koa = require('koa');
const session = require('koa-session');

const app = new Koa();
// expect: hardcoded-secret
app.keys = ['koa-signing-key-1'];

app.use(session({
  key: 'shop.sess',
  maxAge: 86400000,
  httpOnly: true,
  signed: true,
  secure: true,
  sameSite: 'lax',
}, app));

const legacy = new Koa();
legacy.keys = [process.env.LEGACY_KEY];
legacy.use(session({
  key: 'legacy.sess',
  // expect: insecure-cookie
  httpOnly: false,
  signed: true,
}, legacy));

app.use(async (ctx) => {
  ctx.cookies.set('last_visit', new Date().toISOString(), { httpOnly: true, secure: true, sameSite: 'lax' });
  // expect: insecure-cookie
  ctx.cookies.set('remember', ctx.session.token, { httpOnly: false, secure: false });
  ctx.body = 'ok';
});

module.exports = { app, legacy };
