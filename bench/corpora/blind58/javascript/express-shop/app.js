'use strict';

const express = require('express');
const helmet = require('helmet');
const morgan = require('morgan');
const tenant = require('./middleware/tenant');
const productsRouter = require('./routes/products');
const accountRouter = require('./routes/account');

const app = express();

app.use(helmet());
app.use(morgan('combined'));
app.use(express.json({ limit: '100kb' }));
app.use(express.urlencoded({ extended: false }));
app.use(tenant());

app.use('/api/products', productsRouter);
app.use('/account', accountRouter);

app.use((err, req, res, next) => {
  // eslint-disable-next-line no-console
  console.error(err);
  res.status(err.status || 500).json({ error: 'internal error' });
});

const port = Number(process.env.PORT || 3000);
if (require.main === module) {
  app.listen(port, () => {
    // eslint-disable-next-line no-console
    console.log(`shop api listening on ${port}`);
  });
}

module.exports = app;
