const express = require('express');
const { requireJwtAuth } = require('../middleware/requireJwtAuth');
const { getFilePath, streamDownload } = require('../services/Files/process');

const router = express.Router();
router.use(requireJwtAuth);

router.get('/download/:userId/:file_id', async (req, res) => {
  const { userId, file_id } = req.params;
  if (userId !== req.user.id) return res.status(403).send('Forbidden');
  const filepath = getFilePath(userId, file_id);
  return streamDownload(res, filepath);
});

router.get('/images/:name', async (req, res) => {
  return res.sendFile(req.params.name, { root: `${process.env.IMAGES_DIR || './client/public/images'}/${req.user.id}`, dotfiles: 'deny' });
});

module.exports = router;
