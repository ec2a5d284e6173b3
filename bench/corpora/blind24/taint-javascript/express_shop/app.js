const express = require('express');
const helmet = require('helmet');

const app = express();
app.use(helmet());
app.use(express.json());
app.use(express.urlencoded({ extended: false }));
app.use('/api', require('./routes/orders'));
app.use('/api', require('./routes/files'));
app.use('/', require('./routes/account'));

module.exports = app;
