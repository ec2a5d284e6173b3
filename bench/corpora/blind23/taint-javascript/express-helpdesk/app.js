// express-helpdesk: application entry point
const express = require('express');
const session = require('express-session');
const helmet = require('helmet');
const tickets = require('./routes/tickets');
const sessionRoutes = require('./routes/session');

const app = express();
app.use(helmet());
app.use(express.json({ limit: '100kb' }));
app.use(express.urlencoded({ extended: false }));
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax' },
  })
);

app.use('/api', tickets);
app.use('/auth', sessionRoutes);

app.get('/healthz', (_req, res) => res.json({ ok: true }));

app.use((err, _req, res, _next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

const port = Number(process.env.PORT) || 3000;
if (require.main === module) {
  app.listen(port, () => console.log(`helpdesk on ${port}`));
}

module.exports = app;
