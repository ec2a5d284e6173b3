// library: express + escape-html (profile pages)
const express = require('express');
const escapeHtml = require('escape-html');

const router = express.Router();
const users = new Map([['1', { name: 'Ada <admin>' }]]);

function loadUser(id) {
  return Promise.resolve(users.get(String(id)) || { name: 'unknown' });
}

router.get('/u/:id', (req, res) => {
  const greeting = req.query.greeting || 'Hello';
  loadUser(req.params.id).then((user) => {
    // expect: xss
    res.send(`<h1>${greeting}, ${escapeHtml(user.name)}</h1>`);
  });
});

router.get('/u/:id/card', async (req, res) => {
  const user = await loadUser(req.params.id);
  const theme = req.query.theme === 'dark' ? 'dark' : 'light';
  res.send(`<div class="card ${theme}">${escapeHtml(user.name)}</div>`);
});

router.get('/u/:id/safe', (req, res) => {
  const greeting = req.query.greeting || 'Hello';
  loadUser(req.params.id).then((user) => {
    res.send(`<h1>${escapeHtml(greeting)}, ${escapeHtml(user.name)}</h1>`);
  });
});

module.exports = router;
