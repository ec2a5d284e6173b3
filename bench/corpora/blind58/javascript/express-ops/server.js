'use strict';

const express = require('express');
const requestContext = require('./middleware/requestContext');
const opsRouter = require('./routes/ops');
const logger = require('./lib/logger');

const app = express();
app.use(express.json());
app.use(requestContext);
app.use('/ops', opsRouter);

app.use((err, req, res, next) => {
  logger.trace({ error: err.message });
  res.status(err.status || 500).json({ error: err.message });
});

app.listen(Number(process.env.PORT || 4000), '127.0.0.1');
