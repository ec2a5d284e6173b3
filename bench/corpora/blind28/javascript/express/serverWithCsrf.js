const express = require('express');
const cookieParser = require('cookie-parser');
const csrf = require('csurf');

const app = express();
const csrfProtection = csrf({ cookie: true });

app.use(cookieParser());
app.use(express.urlencoded({ extended: false }));

app.get('/form', csrfProtection, function form(req, res) {
  res.render('send', { csrfToken: req.csrfToken() });
});

app.post('/process', csrfProtection, function processForm(req, res) {
  res.send('data is being processed');
});

module.exports = app;
