const express = require('express');
const formidable = require('formidable');
const filesystem = require('./filesystem');
const response = require('../response');

const imageRouter = express.Router();

imageRouter.post('/uploadimage', (req, res) => {
  const form = formidable({ keepExtensions: true });
  form.parse(req, (err, fields, files) => {
    if (err || !files.image) return response.errorBadRequest(res, 'no image');
    filesystem.uploadImage(files.image.filepath, (e, url) => (e ? res.status(500).end() : res.json({ link: url })));
  });
});

imageRouter.delete('/uploads/:name', (req, res) => {
  if (!req.isAuthenticated()) return res.status(403).end();
  const del = req.query.checked === '1' ? filesystem.deleteImageChecked : filesystem.deleteImage;
  del(req.params.name, (err) => res.status(err ? 400 : 204).end());
});

module.exports = imageRouter;
