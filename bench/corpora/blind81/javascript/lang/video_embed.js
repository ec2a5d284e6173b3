'use strict';

const express = require('express');
const serialize = require('serialize-javascript');
const escapeHtml = require('escape-html');
const { getVideo, getSubtitles } = require('./video_store');

const router = express.Router();

router.get('/videos/:id', async (req, res) => {
  const video = await getVideo(req.params.id);
  const subs = getSubtitles(req.params.id, req.query.lang);
  // expect: xss
  res.send('<html><body><video src="' + video.src + '"></video><script>var subs = "' + subs + '";</script></body></html>');
});

router.get('/player', (req, res) => {
  const title = decodeURIComponent(req.query.title || '');
  // expect: xss
  res.send(`<script>document.title = "${title}";</script><div id="player"></div>`);
});

function inlineConfig(res, req) {
  const cfg = JSON.stringify(req.session.playerConfig);
  // expect: xss
  res.write('<script>window.PLAYER = ' + cfg + ';</script>');
}

function bootScript(doc, params) {
  const channel = params.get('channel');
  // expect: xss
  doc.write('<script src="/widgets/' + channel + '.js"></script>');
}

router.get('/embed', (req, res) => {
  const state = serialize(req.session.playerConfig, { isJSON: true });
  res.send('<script>window.PLAYER = ' + state + ';</script>');
});

router.get('/caption', (req, res) => {
  const text = escapeHtml(req.query.text || '');
  res.send('<p class="caption">' + text + '</p><script src="/static/player.js"></script>');
});

module.exports = { router, inlineConfig, bootScript };
