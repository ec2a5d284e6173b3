'use strict';

const path = require('path');
const express = require('express');
const wkhtmltoimage = require('wkhtmltoimage');
const snapshot = require('wkhtmltoimage');

const router = express.Router();
const CACHE_DIR = process.env.SHOT_CACHE || '/var/cache/shots';

// Marketing pages we render for social previews, keyed by slug.
const PREVIEW_PAGES = {
  home: 'https://www.example.com/',
  pricing: 'https://www.example.com/pricing',
  changelog: 'https://www.example.com/changelog',
};

wkhtmltoimage.setCommand(process.env.WKHTMLTOIMAGE_BIN || '/usr/local/bin/wkhtmltoimage');

// Link previews for URLs pasted into chat messages.
router.get('/preview.png', (req, res) => {
  res.type('png');
  // expect: ssrf
  wkhtmltoimage.generate(req.query.url, { format: 'png', width: 1200, quality: 80 }).pipe(res);
});

router.post('/sites/:tenant/thumbnail', express.json(), (req, res) => {
  const target = `https://${req.params.tenant}.sites.example.net/${req.body.path || ''}`;
  const file = path.join(CACHE_DIR, `${Date.now()}.jpg`);
  // expect: ssrf
  snapshot.generate(target, { output: file, format: 'jpg' }, (err) => {
    if (err) {
      res.status(502).json({ error: 'render failed' });
      return;
    }
    res.sendFile(file);
  });
});

// Queue worker: jobs are enqueued by the public "monitor this page" form.
class ThumbnailWorker {
  constructor(queue, storage) {
    this.queue = queue;
    this.storage = storage;
  }

  start() {
    this.queue.process('thumbnail', async (job) => {
      const { pageUrl, monitorId } = job.data;
      const out = path.join(CACHE_DIR, `${monitorId}.png`);
      await new Promise((resolve, reject) => {
        // expect: ssrf
        wkhtmltoimage.generate(pageUrl, { output: out }, (err) => (err ? reject(err) : resolve()));
      });
      await this.storage.upload(out, `monitors/${monitorId}/latest.png`);
    });
  }
}

router.get('/compare', (req, res) => {
  const left = req.query.a;
  // expect: ssrf
  const stream = wkhtmltoimage.generate(
    left,
    { format: 'png', 'crop-h': 800 }
  );
  stream.pipe(res);
});

// Slug looked up in a fixed table; unknown slugs are refused.
router.get('/social/:slug.png', (req, res) => {
  const url = PREVIEW_PAGES[req.params.slug];
  if (!url) {
    res.sendStatus(404);
    return;
  }
  res.type('png');
  wkhtmltoimage.generate(url, { format: 'png', width: 1200 }).pipe(res);
});

// Status page snapshot taken by cron.
function snapshotStatusPage(done) {
  wkhtmltoimage.generate('https://status.example.com/', { output: path.join(CACHE_DIR, 'status.png') }, done);
}

module.exports = { router, ThumbnailWorker, snapshotStatusPage };
