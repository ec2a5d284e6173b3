'use strict';

import express from 'express';

import { getFontPbf, getLocalFontPbf } from './utils.js';

export async function serve_font(options, allowedFonts, programOpts) {
  const app = express().disable('x-powered-by');
  const fontPath = options.paths.fonts;
  const { verbose } = programOpts;

  app.get('/fonts/:fontstack/:range.pbf', async (req, res) => {
    const fontstack = decodeURI(req.params.fontstack);
    const range = req.params.range;
    if (verbose) {
      console.log('Handling font request for: /fonts/%s/%s.pbf', fontstack.length, range.length);
    }
    try {
      const fonts = fontstack.split(',').map((f) => f.trim());
      const concated = await getFontPbf(allowedFonts, fontPath, fonts[0], range);
      res.header('Content-type', 'application/x-protobuf');
      res.header('Last-Modified', new Date().toUTCString());
      return res.send(concated);
    } catch (err) {
      return res.status(400).header('Content-Type', 'text/plain').send('Invalid font request');
    }
  });

  app.get('/fonts/local/:name/:range.pbf', async (req, res) => {
    if (!options.serveLocalFonts) {
      return res.sendStatus(404);
    }
    try {
      const data = await getLocalFontPbf(fontPath, decodeURIComponent(req.params.name), req.params.range);
      res.header('Content-type', 'application/x-protobuf');
      return res.send(data);
    } catch (err) {
      return res.sendStatus(404);
    }
  });

  app.get('/fonts.json', (req, res) => {
    res.header('Content-type', 'application/json');
    return res.send(Object.keys(allowedFonts).sort());
  });

  return app;
}
