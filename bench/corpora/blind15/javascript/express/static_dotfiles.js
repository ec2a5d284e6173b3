// library: express (express.static / serve-static options)
const path = require('path');
const express = require('express');

const app = express();

// expect: info-exposure
app.use(express.static(path.join(__dirname, '..'), { dotfiles: 'allow' }));
app.use('/assets', express.static(path.join(__dirname, 'public'), { dotfiles: 'ignore', maxAge: '7d' }));
app.use('/downloads', express.static(path.join(__dirname, 'downloads'), { dotfiles: 'deny', index: false }));
app.use('/.well-known', express.static(path.join(__dirname, 'well-known'), { dotfiles: 'allow' }));

app.get('/healthz', (req, res) => res.send('ok'));

module.exports = app;
