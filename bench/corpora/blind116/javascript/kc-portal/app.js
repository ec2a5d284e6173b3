const express = require('express');
const session = require('express-session');
const Keycloak = require('keycloak-connect');
const { attachUser } = require('./middleware/user');
const reports = require('./routes/reports');
const docs = require('./routes/docs');
const auth = require('./routes/auth');

const memoryStore = new session.MemoryStore();
const keycloak = new Keycloak({ store: memoryStore });

keycloak.accessDenied = function (req, res) {
  console.warn('access denied %j', { path: req.path, resource: req.query.resource });
  res.status(403).json({ error: 'forbidden' });
};

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: true, store: memoryStore }));
app.use(keycloak.middleware({ logout: '/logout', admin: '/' }));
app.use(attachUser);
app.use('/reports', keycloak.protect('realm:analyst'), reports);
app.use('/docs', keycloak.protect(), docs);
app.use('/auth', auth(keycloak));
app.listen(3002);
