// library: express.static
const express = require('express');
const path = require('path');

const app = express();

// expect: file-exposure
app.use(express.static(__dirname));

// expect: file-exposure
app.use('/vendor', express.static(path.join(__dirname, 'node_modules')));

app.use('/assets', express.static(path.join(__dirname, 'public'), { dotfiles: 'ignore', maxAge: '7d' }));

app.use('/vendor/chart', express.static(path.join(__dirname, 'node_modules', 'chart.js', 'dist')));

app.use('/.well-known', express.static(path.join(__dirname, 'well-known'), { dotfiles: 'allow' }));

module.exports = app;
