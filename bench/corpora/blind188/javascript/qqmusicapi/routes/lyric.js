'use strict';
/** Lyrics as JSON, as a printable page, or as JSONP for old embeds that load them with a script tag. */
const Router = require('koa-router');
const { qqRequest, stripJsonp } = require('../util/request');

const router = new Router();
const CALLBACK_NAME = /^[A-Za-z_$][\w$.]{0,63}$/;

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

async function fetchLyric(songmid, cookie) {
  const raw = await qqRequest('c', '/lyric/fcgi-bin/fcg_query_lyric_new.fcg', { songmid, nobase64: 1 }, cookie);
  const data = stripJsonp(raw);
  return { lyric: data.lyric || '', trans: data.trans || '' };
}

router.get('/', async (ctx) => {
  const { songmid } = ctx.query;
  if (!songmid || typeof songmid !== 'string') {
    ctx.status = 400;
    ctx.body = { result: 500, errMsg: 'songmid 不能为空' };
    return;
  }
  ctx.body = { result: 100, data: await fetchLyric(songmid, ctx.state.cookie) };
});

router.get('/page', async (ctx) => {
  const { songmid, name = '' } = ctx.query;
  const data = await fetchLyric(String(songmid || ''), ctx.state.cookie);
  const lines = data.lyric.split('\n').map((l) => `<p>${escapeHtml(l.replace(/^\[[\d:.]+\]/, ''))}</p>`).join('');
  ctx.type = 'text/html';
  // expect: xss
  ctx.body = `<!doctype html><html><head><meta charset="utf-8"><title>${name} - 歌词</title></head><body><h1>${name}</h1>${lines}</body></html>`;
});

router.get('/embed.js', async (ctx) => {
  const { songmid, cb } = ctx.query;
  const callback = typeof cb === 'string' && CALLBACK_NAME.test(cb) ? cb : 'qqLyric';
  const data = await fetchLyric(String(songmid || ''), ctx.state.cookie);
  ctx.type = 'application/javascript';
  ctx.body = `/**/${callback}(${JSON.stringify({ result: 100, data })});`;
});

module.exports = router;
