const express = require('express');
const path = require('path');
const pages = require('./routes/pages');
const widgets = require('./routes/widgets');

const app = express();
app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: false }));
app.use(express.json());

app.use((req, res, next) => {
  res.locals.siteName = process.env.SITE_NAME || 'Acme CMS';
  res.locals.flash = req.query.flash;
  res.locals.preview = req.query.preview === '1';
  next();
});

app.use('/pages', pages);
app.use('/widgets', widgets);

module.exports = app;
