'use strict';
const express = require('express');
const passport = require('passport');
const projectIdSetter = require('./middleware/projectIdSetter');
const requestRoute = require('./routes/request');
const subscriptionRoute = require('./routes/subscription');
const filesRoute = require('./routes/files');
require('./services/subscriptionNotifier');

const app = express();
app.use(express.json());
app.use(express.urlencoded({ extended: true }));

const auth = passport.authenticate(['basic', 'jwt'], { session: false });

app.use('/files', filesRoute);
app.use('/:projectid/requests', [auth, projectIdSetter], requestRoute);
app.use('/:projectid/subscriptions', [auth, projectIdSetter], subscriptionRoute);

module.exports = app;
