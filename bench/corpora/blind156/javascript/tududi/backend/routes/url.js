// Fetches a page title for links pasted into the inbox (the tududi "url title" helper).
const express = require('express');
const { requireAuth } = require('../middleware/auth');
const { fetchTitle, isPublicHttpUrl } = require('../services/urlTitle');

const router = express.Router();
router.use(requireAuth);

router.get('/url/title', async (req, res) => {
  const url = String(req.query.url || '');
  if (!(await isPublicHttpUrl(url))) {
    return res.status(400).json({ error: 'Invalid URL' });
  }
  const title = await fetchTitle(url);
  res.json({ url, title });
});

router.post('/url/extract-from-text', async (req, res) => {
  const { text = '' } = req.body;
  const match = String(text).match(/https?:\/\/\S+/);
  if (!match) return res.json({ url: null, title: null });
  const title = await fetchTitle(match[0]);
  res.json({ url: match[0], title });
});

router.get('/url/limits', (req, res) => {
  res.json({ protocols: ['http', 'https'], timeoutMs: 5000, maxTitleLength: 300 });
});

module.exports = router;
