'use strict';

// Renders preview cards for links pasted into team chat. The worker runs in
// the chat cluster, which can reach the internal admin and metadata hosts.
var fs = require('fs');
var path = require('path');
var wkhtmltoimage = require('wkhtmltoimage');
var escapeHtml = require('escape-html');
var queue = require('../lib/queue');
var storage = require('../lib/storage');

var CARD_DIR = process.env.CARD_DIR || '/var/cache/link-cards';
var CARD_OPTIONS = { width: 600, height: 315, format: 'png', quality: 80 };
var CARD_ORIGIN = process.env.CARD_ORIGIN || 'http://127.0.0.1:8085';

function outputPath(messageId) {
  return path.join(CARD_DIR, Number(messageId) + '.png');
}

function renderToFile(stream, file) {
  return new Promise(function (resolve, reject) {
    var out = fs.createWriteStream(file);
    stream.on('error', reject);
    out.on('error', reject);
    out.on('finish', resolve);
    stream.pipe(out);
  });
}

async function renderLinkCard(job) {
  var file = outputPath(job.messageId);
  // expect: ssrf
  await renderToFile(wkhtmltoimage.generate(job.link, CARD_OPTIONS), file);
  return storage.upload(file, 'cards/' + path.basename(file));
}

async function renderTitleCard(job) {
  var html = '<html><body><h1>' + escapeHtml(job.title) + '</h1></body></html>';
  var file = outputPath(job.messageId);
  await renderToFile(wkhtmltoimage.generate(html, CARD_OPTIONS), file);
  return storage.upload(file, 'cards/' + path.basename(file));
}

async function renderChannelCard(job) {
  var file = outputPath(job.messageId);
  var url = CARD_ORIGIN + '/channels/' + Number(job.channelId) + '/card';
  await renderToFile(wkhtmltoimage.generate(url, CARD_OPTIONS), file);
  return storage.upload(file, 'cards/' + path.basename(file));
}

async function renderPlaceholder(job) {
  var file = outputPath(job.messageId);
  await renderToFile(wkhtmltoimage.generate('<h1>Preview unavailable</h1>', CARD_OPTIONS), file);
  return storage.upload(file, 'cards/' + path.basename(file));
}

queue.process('link-card', function (job) {
  if (job.kind === 'channel') {
    return renderChannelCard(job);
  }
  if (job.kind === 'title') {
    return renderTitleCard(job);
  }
  if (!job.link) {
    return renderPlaceholder(job);
  }
  return renderLinkCard(job);
});
