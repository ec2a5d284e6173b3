// library: Express
const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.json());
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));

app.use(require('./routes/search'));
app.use(require('./routes/redirects'));
app.use(require('./routes/files'));
app.use(require('./routes/tools'));
app.use(require('./routes/orders'));
app.use(require('./routes/account'));

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

app.listen(process.env.PORT || 3000);
