'use strict';

import express from 'express';
import morgan from 'morgan';

import { serve_font } from './serve_font.js';
import { serve_style } from './serve_style.js';
import { serve_rendered } from './serve_rendered.js';
import { escapeHtml, getPublicUrl } from './utils.js';

export async function start(opts) {
  const app = express().disable('x-powered-by');
  const config = opts.config;
  const options = config.options || {};
  const repo = { styles: {}, fonts: {} };

  app.enable('trust proxy');
  if (process.env.NODE_ENV !== 'test') {
    app.use(morgan(opts.logFormat || 'dev', { skip: (req, res) => opts.silent && res.statusCode < 400 }));
  }

  app.use('/', await serve_font(options, repo.fonts, opts));
  app.use('/', await serve_style.init(options, repo.styles, opts));
  app.use('/', await serve_rendered.init(options, repo.styles, opts));

  app.get('/health', (req, res) => {
    res.status(200).send('OK');
  });

  app.get('/styles.json', (req, res) => {
    const base = getPublicUrl(options.publicUrl, req);
    res.send(Object.keys(repo.styles).map((id) => ({ id, url: `${base}styles/${encodeURIComponent(id)}/style.json` })));
  });

  app.get('/wmts/:id/', (req, res) => {
    const style = repo.styles[req.params.id];
    if (!style) {
      return res.sendStatus(404);
    }
    const base = escapeHtml(getPublicUrl(options.publicUrl, req));
    res.header('Content-Type', 'text/xml');
    return res.send(`<?xml version="1.0"?><Capabilities><ServiceIdentification><Title>${escapeHtml(style.name)}</Title></ServiceIdentification><OperationsMetadata href="${base}"/></Capabilities>`);
  });

  app.post('/reload', (req, res) => {
    if (!options.allowReload) {
      return res.sendStatus(404);
    }
    // expect: log-injection
    console.log(`Reload requested for ${req.query.style || 'all styles'} by ${req.get('x-forwarded-for')}`);
    res.sendStatus(202);
    process.kill(process.pid, 'SIGHUP');
  });

  return app;
}
