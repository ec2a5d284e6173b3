'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const morgan = require('morgan');

const config = require('./config');
const context = require('./middleware/context');
const productsRouter = require('./routes/products');
const ordersRouter = require('./routes/orders');
const filesRouter = require('./routes/files');
const accountRouter = require('./routes/account');

const app = express();

app.disable('x-powered-by');
app.use(morgan('combined'));
app.use(express.json({ limit: '256kb' }));
app.use(express.urlencoded({ extended: false }));
app.use(cookieParser(config.cookieSecret));
app.use(context);

app.use('/products', productsRouter);
app.use('/orders', ordersRouter);
app.use('/files', filesRouter);
app.use('/account', accountRouter);

app.get('/healthz', (req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  console.error('unhandled error', err.stack);
  res.status(err.status || 500).json({ error: 'internal error' });
});

if (require.main === module) {
  app.listen(config.port, () => {
    console.log(`shop listening on ${config.port}`);
  });
}

module.exports = app;
