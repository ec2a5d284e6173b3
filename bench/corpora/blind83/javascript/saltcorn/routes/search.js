const Router = require('express-promise-router');
const { error_catcher } = require('./utils');
const { div, h3, text, a } = require('../markup/tags');

const router = new Router();
module.exports = router;

router.get('/', error_catcher(async (req, res) => {
  const q = req.query.q || '';
  res.sendWrap(req.__('Search'), div(h3(text(q)), a({ href: `/search?q=${encodeURIComponent(q)}&page=2` }, 'Next')));
}));

router.get('/noresults', error_catcher(async (req, res) => {
  const term = req.query.q;
  const heading = term ? `No results for ${term}` : 'No results';
  // expect: xss
  res.send(`<div class="alert alert-info">${heading}</div>`);
}));
