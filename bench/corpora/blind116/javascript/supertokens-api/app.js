const express = require('express');
const supertokens = require('supertokens-node');
const { middleware, errorHandler } = require('supertokens-node/framework/express');
const config = require('./config/supertokens');
const account = require('./routes/account');

supertokens.init(config);

const app = express();
app.use(express.json());
app.use(middleware());
app.use('/account', account);
app.use(errorHandler());
app.listen(3001);
