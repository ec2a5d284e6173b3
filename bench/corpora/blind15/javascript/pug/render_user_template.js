// library: pug
const express = require('express');
const pug = require('pug');

const router = express.Router();
const renderCard = pug.compileFile('views/card.pug');

router.post('/themes/preview', (req, res) => {
  // expect: template-injection
  res.send(pug.render(req.body.layout, { user: req.user }));
});

router.post('/widgets', (req, res) => {
  // expect: template-injection
  const widget = pug.compile(req.body.markup || 'div.empty');
  res.send(widget({ items: req.body.items }));
});

router.get('/card', (req, res) => {
  res.send(renderCard({ title: req.query.title }));
});

router.get('/hello', (req, res) => {
  res.send(pug.render('p Hello #{name}', { name: req.query.name }));
});

module.exports = router;
