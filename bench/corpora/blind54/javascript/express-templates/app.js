const express = require('express');
const path = require('path');
const preview = require('./routes/preview');
const mail = require('./routes/mail');
const pages = require('./routes/pages');

const app = express();
app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: false }));
app.use(express.json());

app.use((req, res, next) => {
  res.locals.brand = req.get('x-brand') || 'Acme';
  res.locals.footer = req.query.footer;
  next();
});

app.use('/preview', preview);
app.use('/mail', mail);
app.use('/pages', pages);

module.exports = app;
