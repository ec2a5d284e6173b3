'use strict';

import express from 'express';

import { escapeHtml, getPublicUrl } from './utils.js';

export const serve_style = {
  init: async (options, repo, programOpts) => {
    const app = express().disable('x-powered-by');

    app.get('/styles/:id/style.json', (req, res) => {
      const item = repo[req.params.id];
      if (!item) {
        return res.sendStatus(404);
      }
      const styleJSON = JSON.parse(JSON.stringify(item.styleJSON));
      styleJSON.sprite = `${getPublicUrl(options.publicUrl, req)}styles/${encodeURIComponent(req.params.id)}/sprite`;
      return res.send(styleJSON);
    });

    app.get('/styles/:id/preview', (req, res) => {
      const item = repo[req.params.id];
      if (!item) {
        return res.sendStatus(404);
      }
      const title = escapeHtml(item.name || req.params.id);
      const zoom = Number.parseFloat(String(req.query.zoom)) || 2;
      res.header('Content-Type', 'text/html');
      return res.send(`<!doctype html><title>${title}</title><div id="map" data-zoom="${zoom}"></div>`);
    });

    app.get('/styles/:id/embed', (req, res) => {
      const item = repo[req.params.id];
      if (!item) {
        return res.sendStatus(404);
      }
      const caption = req.query.caption || '';
      res.header('Content-Type', 'text/html');
      // expect: xss
      return res.send(`<!doctype html><title>${escapeHtml(item.name)}</title><div id="map"></div><figcaption>${caption}</figcaption>`);
    });

    app.get('/styles/:id/sprite:scale(@[23]x)?.:format([\\w]+)', (req, res) => {
      const item = repo[req.params.id];
      const format = req.params.format === 'png' ? 'png' : 'json';
      if (!item || !item.spritePath) {
        return res.sendStatus(404);
      }
      return res.sendFile(`${item.spritePath}${req.params.scale || ''}.${format}`);
    });

    return app;
  },
};
