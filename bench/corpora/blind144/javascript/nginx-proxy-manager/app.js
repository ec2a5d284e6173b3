const express = require('express');
const bodyParser = require('body-parser');
const jwtDecode = require('./lib/jwt-decode');
const certificates = require('./routes/certificates');
const nginxConfig = require('./routes/nginx-config');

const app = express();
app.use(bodyParser.json());
app.use(jwtDecode());
app.use('/api/nginx/certificates', certificates);
app.use('/api/nginx/config', nginxConfig);

module.exports = app;
