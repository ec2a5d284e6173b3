require('module-alias/register');
require('module-alias').addPath('.');

const express = require('express');
const passport = require('passport');
const cors = require('cors');

const corsOptions = require('middlewares/cors.js');
const errorHandleMiddleware = require('middlewares/errorHandling.js');
const requestCorrelationMiddleware = require('middlewares/requestCorrelationId.js');

const account = require('routes/v1/account.js');
const apps = require('routes/v1/apps.js');
const system = require('routes/v1/system.js');

const app = express();

app.use(cors(corsOptions));
app.use(requestCorrelationMiddleware);
app.use(express.json());
app.use(passport.initialize());

app.use('/v1/account', account);
app.use('/v1/apps', apps);
app.use('/v1/system', system);

app.use(errorHandleMiddleware);
app.use((req, res) => {
  res.status(404).json({ message: 'not found' });
});

module.exports = app;
