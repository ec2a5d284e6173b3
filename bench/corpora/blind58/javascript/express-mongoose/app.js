'use strict';

const express = require('express');
const mongoose = require('mongoose');
const { sessionMiddleware } = require('./middleware/session');
const usersRouter = require('./routes/users');

const app = express();
app.set('trust proxy', 1);
app.use(express.json());
app.use(express.urlencoded({ extended: true }));
app.use(sessionMiddleware);
app.use('/users', usersRouter);

async function start() {
  await mongoose.connect(process.env.MONGO_URL);
  app.listen(Number(process.env.PORT || 3000));
}

if (require.main === module) {
  start().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

module.exports = app;
