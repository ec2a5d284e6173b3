'use strict';

const express = require('express');
const session = require('express-session');
const morgan = require('morgan');
const config = require('./config');
const { requireAdmin, attachReportScope } = require('./middleware/auth');
const { reportsRouter, exportsRouter } = require('./routes');

const app = express();

app.disable('x-powered-by');
app.use(morgan('combined'));
app.use(express.json({ limit: '1mb' }));
app.use(express.urlencoded({ extended: false }));
app.use(
  session({
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.env === 'production' },
  })
);

app.get('/healthz', (req, res) => res.json({ ok: true }));

app.use('/admin/reports', requireAdmin, attachReportScope, reportsRouter);
app.use('/admin/exports', requireAdmin, attachReportScope, exportsRouter);

app.use((err, req, res, next) => {
  req.log && req.log.error(err);
  res.status(err.status || 500).json({ error: 'internal error' });
});

if (require.main === module) {
  app.listen(config.port, () => {
    console.log(`admin dashboard listening on ${config.port}`);
  });
}

module.exports = app;
