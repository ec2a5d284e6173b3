'use strict';

const wkhtmltoimage = require('wkhtmltoimage');
const fs = require('fs');
const path = require('path');
const { URL } = require('url');

const CACHE = '/var/cache/previews';
var PLACEHOLDER = 'http://localhost:8080/static/placeholder.html';
const OPTIONS = { width: 1200, height: 630, quality: 80, format: 'png' };

function cacheFile(id) {
  return path.join(CACHE, `${id}.png`);
}

function previewForLink(link, id, cb) {
  // expect: ssrf
  wkhtmltoimage.generate(link.href, OPTIONS, cb).pipe(fs.createWriteStream(cacheFile(id)));
}

function previewForPost(post) {
  const html = '<html><body><h1>' + post.title + '</h1><img src="' + post.coverUrl + '"></body></html>';
  // expect: ssrf
  return wkhtmltoimage.generate(html, { ...OPTIONS, 'disable-javascript': false });
}

function placeholder(id) {
  // Safe: a constant local page.
  return wkhtmltoimage.generate(PLACEHOLDER, OPTIONS).pipe(fs.createWriteStream(cacheFile(id)));
}

async function handleMessage(msg) {
  const { url, id } = JSON.parse(msg.content.toString());
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(cacheFile(id));
    // expect: ssrf
    wkhtmltoimage.generate(url, OPTIONS, (err) => (err ? reject(err) : resolve()))
      .pipe(out);
  });
}

function previewFromOembed(oembed, id) {
  const allowed = new Set(['www.youtube.com', 'vimeo.com']);
  const parsed = new URL(oembed.thumbnail_url);
  if (parsed.protocol !== 'https:' || !allowed.has(parsed.hostname)) {
    return placeholder(id);
  }
  // Safe: https only and an allowlisted host.
  return wkhtmltoimage.generate(parsed.toString(), OPTIONS).pipe(fs.createWriteStream(cacheFile(id)));
}

function previewCli() {
  const [, , target, id] = process.argv;
  // expect: ssrf
  wkhtmltoimage.generate(target, OPTIONS).pipe(fs.createWriteStream(cacheFile(id || 'cli')));
}

module.exports = { previewForLink, previewForPost, placeholder, handleMessage, previewFromOembed, previewCli };
