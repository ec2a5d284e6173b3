// library: express + ejs (res.render locals)
const express = require('express');

const app = express();
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: true }));

app.get('/profile', (req, res) => {
  // expect: template-injection
  res.render('profile', req.query);
});

app.post('/preview', (req, res) => {
  // expect: template-injection
  res.render('preview', { ...req.body, title: 'Preview' });
});

app.get('/profile-safe', (req, res) => {
  res.render('profile', { name: String(req.query.name || ''), bio: String(req.query.bio || '') });
});

app.post('/preview-safe', (req, res) => {
  const { headline, body } = req.body;
  res.render('preview', { headline: String(headline), body: String(body), title: 'Preview' });
});

module.exports = app;
