'use strict';
/** Cookie management for the account the API calls QQ Music with. */
const Router = require('koa-router');
const cookieStore = require('../util/cookieStore');

const router = new Router();

function parseCookieString(str) {
  const obj = {};
  String(str)
    .split(/;\s*/)
    .forEach((pair) => {
      const i = pair.indexOf('=');
      if (i > 0) obj[pair.slice(0, i).trim()] = pair.slice(i + 1).trim();
    });
  return obj;
}

router.post('/setCookie', async (ctx) => {
  const { data } = ctx.request.body || {};
  const cookieObj = typeof data === 'string' ? parseCookieString(data) : {};
  const uin = String(cookieObj.uin || cookieObj.login_uin || '').replace(/\D/g, '');
  if (!uin) ctx.throw(400, 'cookie has no uin');
  cookieStore.setAll(uin, cookieObj);
  ctx.cookies.set('uin', uin, { httpOnly: true, sameSite: 'lax' });
  ctx.body = { result: 100, data: '操作成功' };
});

router.post('/cookie/:account', async (ctx) => {
  const { key, value } = ctx.request.body || {};
  if (typeof key !== 'string' || typeof value !== 'string') ctx.throw(400, 'key and value required');
  cookieStore.setOne(ctx.params.account, key, value);
  ctx.body = { result: 100 };
});

router.get('/cookie', async (ctx) => {
  const cookie = cookieStore.get(ctx.state.uin) || {};
  ctx.body = { result: 100, data: { uin: ctx.state.uin, keys: Object.keys(cookie) } };
});

module.exports = router;
