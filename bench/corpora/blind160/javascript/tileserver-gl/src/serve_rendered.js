'use strict';

import express from 'express';
import axios from 'axios';

import { allowedScales } from './utils.js';

async function loadMarkerIcon(iconPath, options) {
  if (/^https?:\/\//.test(iconPath)) {
    if (!options.allowRemoteMarkerIcons) {
      return null;
    }
    const response = await axios.get(iconPath, { responseType: 'arraybuffer', timeout: 5000, maxRedirects: 0 });
    return Buffer.from(response.data);
  }
  return options.localIcons[iconPath] || null;
}

async function loadOverlayImage(url) {
  // expect: ssrf
  const response = await axios.get(url, { responseType: 'arraybuffer', timeout: 5000 });
  return Buffer.from(response.data);
}

export const serve_rendered = {
  init: async (options, repo) => {
    const app = express().disable('x-powered-by');

    app.get('/styles/:id/static/:lon,:lat,:z/:width(\\d+)x:height(\\d+):scale(@[23]x)?.:format([\\w]+)', async (req, res, next) => {
      const item = repo[req.params.id];
      if (!item) {
        return res.sendStatus(404);
      }
      const scale = req.params.scale ? Number(req.params.scale[1]) : 1;
      if (!allowedScales.has(scale)) {
        return res.status(400).send('Invalid scale');
      }
      const markers = [].concat(req.query.marker || []);
      const icons = await Promise.all(markers.map((m) => loadMarkerIcon(String(m).split('|')[1] || '', options)));
      const overlay = req.query.overlay ? await loadOverlayImage(String(req.query.overlay)) : null;
      try {
        const image = await item.render({ lon: +req.params.lon, lat: +req.params.lat, z: +req.params.z, scale, icons, overlay });
        res.header('Content-Type', `image/${req.params.format === 'jpg' ? 'jpeg' : 'png'}`);
        return res.send(image);
      } catch (err) {
        return next(err);
      }
    });

    return app;
  },
};
