const express = require('express');
const session = require('express-session');
const helmet = require('helmet');
const morgan = require('morgan');
const { resolveTenant } = require('./middleware/tenant');
const { listDefaults } = require('./middleware/list-defaults');
const { rememberSearch } = require('./middleware/prefs');
const reports = require('./routes/reports');
const search = require('./routes/search');
const account = require('./routes/account');
const notes = require('./routes/notes');

const app = express();

app.use(helmet());
app.use(morgan('combined'));
app.use(express.json({ limit: '200kb' }));
app.use(express.urlencoded({ extended: true }));
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
  })
);

app.use(resolveTenant);
app.use(listDefaults);
app.use('/search', rememberSearch);

app.use('/reports', reports);
app.use('/search', search);
app.use('/account', account);
app.use('/notes', notes);

app.use((err, req, res, next) => {
  console.error(err.stack);
  res.status(500).json({ error: 'internal error' });
});

module.exports = app;
