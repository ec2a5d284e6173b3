// library: express (HTML responses built from request data)
const express = require('express');
const escapeHtml = require('escape-html');

const router = express.Router();

function card(user) {
  return `<div class="card"><h2>${user.name}</h2><p>${user.bio}</p></div>`;
}

router.get('/profile/preview', (req, res) => {
  const user = { name: req.query.name || 'Anonymous', bio: req.query.bio || '' };
  const html = card(user);
  // expect: xss
  res.send(`<!doctype html><body>${html}</body>`);
});

router.get('/profile/welcome', (req, res) => {
  // expect: xss
  res.type('html').end('<p>Welcome back, ' + req.cookies.displayName + '</p>');
});

router.get('/profile/preview/v2', (req, res) => {
  const user = { name: escapeHtml(req.query.name || 'Anonymous'), bio: escapeHtml(req.query.bio || '') };
  res.send(`<!doctype html><body>${card(user)}</body>`);
});

router.get('/profile/preview/v3', (req, res) => {
  res.render('profile-preview', { name: req.query.name, bio: req.query.bio });
});

router.get('/profile/name', (req, res) => {
  res.json({ name: req.query.name || 'Anonymous' });
});

module.exports = router;
