// library: express error handlers
const express = require('express');

const app = express();

app.get('/invoice/:id', async (req, res) => {
  try {
    throw new Error('not implemented ' + req.params.id);
  } catch (err) {
    // expect: info-exposure
    res.status(500).send(err.stack);
  }
});

// eslint-disable-next-line no-unused-vars
app.use('/v1', (err, req, res, next) => {
  // expect: info-exposure
  res.status(500).json({ message: err.message, stack: err.stack });
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  console.error(err.stack);
  const body = { message: 'Internal Server Error', requestId: req.get('x-request-id') };
  if (process.env.NODE_ENV === 'development') body.stack = err.stack;
  res.status(500).json(body);
});

module.exports = app;
