'use strict';
/** Song detail, play URLs, a cover proxy and a stream relay for players that cannot send a Referer. */
const Router = require('koa-router');
const axios = require('axios');
const { musicu } = require('../util/request');

const router = new Router();
const COVER_HOSTS = new Set(['y.gtimg.cn', 'y.qq.com', 'qpic.y.qq.com']);

router.get('/', async (ctx) => {
  const { songmid } = ctx.query;
  const data = await musicu({
    songinfo: { method: 'get_song_detail_yqq', module: 'music.pf_song_detail_svr', param: { song_mid: String(songmid || '') } },
  }, ctx.state.cookie);
  ctx.body = { result: 100, data: data.songinfo && data.songinfo.data };
});

router.get('/urls', async (ctx) => {
  const ids = String(ctx.query.id || '').split(',').filter(Boolean).slice(0, 50);
  const data = await musicu({
    req_0: { module: 'vkey.GetVkeyServer', method: 'CgiGetVkey', param: { guid: '10000', songmid: ids, uin: ctx.state.uin } },
  }, ctx.state.cookie);
  const info = (data.req_0 && data.req_0.data && data.req_0.data.midurlinfo) || [];
  const sip = 'https://ws.stream.qqmusic.qq.com/';
  ctx.body = { result: 100, data: Object.fromEntries(info.map((i) => [i.songmid, i.purl ? sip + i.purl : ''])) };
});

router.get('/cover', async (ctx) => {
  let target;
  try {
    target = new URL(String(ctx.query.url || ''));
  } catch (e) {
    ctx.throw(400, 'bad url');
  }
  if (target.protocol !== 'https:' || !COVER_HOSTS.has(target.hostname)) ctx.throw(400, 'host not allowed');
  const res = await axios.get(target.href, { responseType: 'stream', timeout: 8000 });
  ctx.type = res.headers['content-type'] || 'image/jpeg';
  ctx.body = res.data;
});

router.get('/stream', async (ctx) => {
  const url = String(ctx.query.url || '');
  if (!url.includes('qqmusic.qq.com')) ctx.throw(400, 'only qq music streams');
  // expect: ssrf
  const res = await axios.get(url, { responseType: 'stream', headers: { Referer: 'https://y.qq.com/' }, timeout: 15000 });
  ctx.type = res.headers['content-type'] || 'audio/mp4';
  ctx.body = res.data;
});

module.exports = router;
