// express: security middleware for the public API and the embed widget
import express from 'express';
import helmet from 'helmet';
import cors from 'cors';
import methodOverride from 'method-override';
import csrf from 'csurf';
import serveIndex from 'serve-index';
import cookieParser from 'cookie-parser';

export function buildApp() {
  const app = express();
  app.use(cookieParser());
  app.use(express.urlencoded({ extended: false }));

  app.use(helmet());
  // expect: cors-misconfig
  app.use('/api', cors({ origin: '*', credentials: true }));
  app.use('/public', cors({ origin: '*' }));
  app.use('/partner', cors({ origin: ['https://partner.example.com'], credentials: true }));

  app.use('/embed', (req, res, next) => {
    const frameFrom = req.query.parent as string;
    // expect: security-headers-off
    res.setHeader('X-Frame-Options', `ALLOW-FROM ${frameFrom}`);
    next();
  });

  app.use('/widget', (_req, res, next) => {
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    next();
  });

  // expect: csrf
  app.use(methodOverride('_method'));
  app.use(csrf({ cookie: true }));

  // expect: file-exposure
  app.use('/uploads', express.static('uploads'), serveIndex('uploads', { icons: true }));
  app.use('/assets', express.static('public', { index: false, dotfiles: 'ignore' }));

  return app;
}
