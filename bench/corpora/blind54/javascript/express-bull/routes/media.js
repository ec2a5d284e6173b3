const express = require('express');
const { mediaQueue } = require('../queues');

const router = express.Router();
const PRESETS = ['720p', '1080p', 'audio-only'];

router.post('/transcode', async (req, res) => {
  const { source, preset = '720p', watermark } = req.body;
  if (!source) {
    return res.status(400).json({ error: 'source is required' });
  }
  const job = await mediaQueue.add('transcode', {
    source,
    preset: PRESETS.includes(preset) ? preset : '720p',
    watermark: watermark || '',
    requestedBy: req.get('x-user') || 'anonymous',
  });
  res.status(202).json({ jobId: job.id });
});

router.post('/thumbnail', async (req, res) => {
  const at = Number.parseFloat(req.body.at);
  const id = Number.parseInt(req.body.videoId, 10);
  if (Number.isNaN(at) || Number.isNaN(id)) {
    return res.status(400).json({ error: 'videoId and at must be numbers' });
  }
  const job = await mediaQueue.add('thumbnail', { videoId: id, at });
  res.status(202).json({ jobId: job.id });
});

router.get('/jobs/:id', async (req, res) => {
  const job = await mediaQueue.getJob(req.params.id);
  if (!job) return res.sendStatus(404);
  res.json({ id: job.id, state: await job.getState(), progress: job.progress });
});

module.exports = router;
