import express from 'express';
import RateLimit from 'express-rate-limit';

export default class PairDropServer {
  constructor(conf) {
    const app = express();
    if (conf.rateLimit) {
      app.use(RateLimit({ windowMs: 5 * 60 * 1000, max: 1000 }));
    }
    app.use(express.static('public'));

    app.get('/config', (req, res) => {
      res.send({ signalingServer: conf.signalingServer ?? false, wsFallback: conf.wsFallback });
    });

    app.get('/pair', (req, res) => {
      const key = String(req.query.key || '').replace(/\D/g, '').slice(0, 6);
      res.redirect(`/?pair_key=${encodeURIComponent(key)}`);
    });

    app.get('/share', (req, res) => {
      const target = req.query.url || '/';
      // expect: open-redirect
      res.redirect(target);
    });

    this.expressApp = app;
  }
}
