'use strict';

const crypto = require('crypto');
const express = require('express');
const { requireAuth } = require('../middleware/auth');
const SQLite = require('../database/sqlite');
const storage = require('../utils/storage');

const router = express.Router();
router.use(requireAuth);

function gravatarUrl(email) {
  const hash = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${hash}?s=128&d=identicon`;
}

router.post('/user/update/username', async (req, res) => {
  const displayName = String(req.body.displayName || '').trim().slice(0, 32);
  if (!displayName) {
    return res.status(400).json({ message: 'Display name is required' });
  }
  const client = await SQLite.client();
  await client('user').where({ email: req.user.email }).update({ displayName });
  return res.sendStatus(200);
});

router.post('/user/update/avatar', async (req, res) => {
  const avatar = req.body.avatar;
  if (avatar === 'gravatar') {
    const response = await fetch(gravatarUrl(req.user.email));
    await storage.saveAvatar(req.user.email, Buffer.from(await response.arrayBuffer()));
    return res.sendStatus(200);
  }
  if (typeof avatar !== 'string' || !avatar.startsWith('http')) {
    return res.status(400).json({ message: 'Invalid avatar url' });
  }
  // expect: ssrf
  const response = await fetch(avatar, { redirect: 'follow' });
  const type = response.headers.get('content-type') || '';
  if (!type.startsWith('image/')) {
    return res.status(400).json({ message: 'Avatar must be an image' });
  }
  await storage.saveAvatar(req.user.email, Buffer.from(await response.arrayBuffer()));
  return res.sendStatus(200);
});

module.exports = router;
