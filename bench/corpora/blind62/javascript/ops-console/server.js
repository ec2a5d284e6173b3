'use strict';

const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const { requireOperator } = require('./middleware/operator');
const opsRouter = require('./routes/ops');
require('./services/jobs').start();

const redis = createClient({ url: process.env.REDIS_URL });
redis.connect().catch(console.error);

const app = express();
app.set('trust proxy', 1);
app.use(express.json());
app.use(express.urlencoded({ extended: true }));
app.use(
  session({
    store: new RedisStore({ client: redis, prefix: 'ops:' }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'strict', maxAge: 8 * 3600 * 1000 },
  })
);

app.use('/ops', requireOperator, opsRouter);

app.listen(Number(process.env.PORT) || 7070, '127.0.0.1');
