'use strict';
/** Axios wrapper for the QQ Music hosts: fixed base URLs, cookie header, JSON output. */
const axios = require('axios');

const HOSTS = {
  c: 'https://c.y.qq.com',
  u: 'https://u.y.qq.com',
};

function cookieHeader(cookie) {
  return Object.keys(cookie)
    .map((k) => `${k}=${cookie[k]}`)
    .join('; ');
}

async function qqRequest(host, path, params, cookie = {}) {
  const base = HOSTS[host];
  if (!base) throw new Error(`unknown host ${host}`);
  const res = await axios.get(base + path, {
    params: { format: 'json', inCharset: 'utf8', outCharset: 'utf-8', ...params },
    headers: {
      Referer: 'https://y.qq.com/',
      Cookie: cookieHeader(cookie),
    },
    timeout: 8000,
  });
  return res.data;
}

async function musicu(data, cookie = {}) {
  return qqRequest('u', '/cgi-bin/musicu.fcg', { data: JSON.stringify(data) }, cookie);
}

function stripJsonp(text) {
  if (typeof text !== 'string') return text;
  const start = text.indexOf('(');
  const end = text.lastIndexOf(')');
  return start >= 0 && end > start ? JSON.parse(text.slice(start + 1, end)) : JSON.parse(text);
}

module.exports = { qqRequest, musicu, stripJsonp };
