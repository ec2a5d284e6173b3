const express = require('express');
const session = require('express-session');
const helmet = require('helmet');

const accountRoutes = require('./routes/account');
const adminRoutes = require('./routes/admin');

// expect: csrf
const app = express();
// expect: csrf
const admin = express();
// expect: csrf
const legacyForms = express();

app.use(helmet());
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

const api = express.Router();
api.use(express.json());

app.use('/account', accountRoutes);
admin.use(adminRoutes);
app.use('/admin', admin);
app.use('/api', api);

legacyForms.use(express.urlencoded({ extended: false }));
legacyForms.post('/newsletter', (req, res) => {
  accountRoutes.subscribe(req.session.userId, req.body.email);
  res.redirect('/account');
});
app.use('/legacy', legacyForms);

module.exports = app;
