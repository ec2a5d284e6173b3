// library: express + method-override + csurf
const express = require('express');
const cookieParser = require('cookie-parser');
const methodOverride = require('method-override');
const csrf = require('csurf');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(cookieParser());
// expect: csrf
app.use(methodOverride('_method'));
app.use(csrf({ cookie: true }));

app.get('/account', (req, res) => {
  res.render('account', { csrfToken: req.csrfToken() });
});

app.delete('/account', (req, res) => {
  res.redirect('/goodbye');
});

const admin = express();
admin.use(express.urlencoded({ extended: false }));
admin.use(cookieParser());
admin.use(csrf({ cookie: true }));
admin.use(methodOverride('X-HTTP-Method-Override'));

module.exports = { app, admin };
