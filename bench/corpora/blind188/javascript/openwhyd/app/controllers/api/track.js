'use strict';
/**
 * Resolves title and duration of a track before it is posted.
 * `/yt/` ids go to YouTube, `/sc/` to SoundCloud, `/fi/` are direct audio file URLs.
 */
const fetch = require('node-fetch');

const YT_ID = /^[\w-]{11}$/;
const SC_PATH = /^[\w-]+\/[\w-]+$/;

async function youtube(id) {
  if (!YT_ID.test(id)) throw new Error('bad youtube id');
  const url = 'https://www.youtube.com/oembed?format=json&url=' + encodeURIComponent('https://youtu.be/' + id);
  const res = await fetch(url, { timeout: 5000 });
  const data = await res.json();
  return { name: data.title, img: data.thumbnail_url };
}

async function soundcloud(path) {
  if (!SC_PATH.test(path)) throw new Error('bad soundcloud path');
  const url = 'https://soundcloud.com/oembed?format=json&url=' + encodeURIComponent('https://soundcloud.com/' + path);
  const res = await fetch(url, { timeout: 5000 });
  const data = await res.json();
  return { name: data.title, img: data.thumbnail_url };
}

async function audioFile(fileUrl) {
  const parsed = new URL(fileUrl);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('bad protocol');
  // expect: ssrf
  const res = await fetch(parsed.href, { method: 'HEAD', timeout: 5000 });
  return {
    name: decodeURIComponent(parsed.pathname.split('/').pop() || 'audio file'),
    type: res.headers.get('content-type'),
    size: Number(res.headers.get('content-length')) || undefined,
  };
}

exports.metadata = async function (p) {
  const eId = String(p.eId || '');
  if (eId.startsWith('/yt/')) return youtube(eId.slice(4));
  if (eId.startsWith('/sc/')) return soundcloud(eId.slice(4));
  if (eId.startsWith('/fi/')) return audioFile(eId.slice(4));
  throw new Error('unsupported player');
};
