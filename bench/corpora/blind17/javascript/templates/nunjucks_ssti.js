// library: nunjucks
const nunjucks = require('nunjucks');
const express = require('express');

const env = nunjucks.configure('views', { autoescape: true });
const router = express.Router();
router.use(express.json());

router.post('/email/preview', (req, res) => {
  // expect: template-injection
  const html = env.renderString(req.body.template, { user: { name: 'Ada' } });
  res.send(html);
});

router.post('/email/subject', (req, res) => {
  // expect: template-injection
  const tpl = nunjucks.compile('Hi {{ name }}, ' + req.body.subjectLine, env);
  res.type('text/plain').send(tpl.render({ name: 'Ada' }));
});

router.post('/email/preview-safe', (req, res) => {
  const html = env.render('email/welcome.njk', { user: { name: req.body.name }, note: req.body.note });
  res.send(html);
});

router.get('/email/static', (req, res) => {
  res.send(env.renderString('<p>Hello {{ name }}</p>', { name: req.query.name }));
});

module.exports = router;
