const express = require('express');

const router = express.Router();

const appsLogic = require('logic/apps.js');
const diskLogic = require('logic/disk.js');
const auth = require('middlewares/auth.js');
const safeHandler = require('utils/safeHandler');
const validator = require('utils/validator.js');

router.get('/', auth.jwt, safeHandler(async (req, res) => {
  const query = { installed: req.query.installed === '1' };
  return res.status(200).json(await appsLogic.get(query));
}));

router.post('/:id/install', auth.jwt, safeHandler(async (req, res) => {
  const { id } = req.params;
  await appsLogic.install(id);
  return res.status(200).json({});
}));

router.post('/:id/uninstall', auth.jwt, safeHandler(async (req, res) => {
  const { id } = req.params;
  validator.isAppId(id);
  await appsLogic.uninstall(id);
  return res.status(200).json({});
}));

router.get('/:id/manifest', auth.jwt, safeHandler(async (req, res) => {
  validator.isAppId(req.params.id);
  return res.status(200).json(await diskLogic.readAppManifest(req.params.id));
}));

router.get('/:id/exports/:file', auth.jwt, safeHandler(async (req, res) => {
  validator.isAppId(req.params.id);
  const content = await diskLogic.readAppExportsFile(req.params.id, req.params.file);
  return res.status(200).type('text/plain').send(content);
}));

router.post('/repositories', auth.jwt, safeHandler(async (req, res) => {
  const { url, branch } = req.body;
  validator.isUrl(url);
  const dir = await appsLogic.addRepository(url, branch);
  return res.status(200).json({ dir });
}));

module.exports = router;
