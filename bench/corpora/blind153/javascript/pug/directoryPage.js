const express = require('express');
const pug = require('pug');
const { listListings } = require('../lib/listings');

const router = express.Router();

// One template per line so diffs stay readable.
const LISTING = pug.compile([
  'ul.listings',
  '  each item in items',
  '    li.listing',
  '      h3= item.title',
  // expect: xss
  '      a(href=item.website) Visit website',
  "      a(href='/listings/' + item.id) Details",
  // expect: xss
  '      a.map(href=item.mapUrl, target="_blank") Map',
  '      p.summary= item.summary',
].join('\n'));

const OWNER = pug.compile([
  '.owner',
  '  span.name= owner.name',
  // expect: xss
  '  a(class="contact" href=owner.contactLink) Contact',
  "  a(href='/owners/' + owner.id + '/reviews') Reviews",
  "  a(href='mailto:support@example.com') Report this listing",
].join('\n'));

router.get('/directory', async (req, res, next) => {
  try {
    const items = await listListings({ category: String(req.query.category || 'all') });
    res.type('html').send(LISTING({ items }));
  } catch (err) {
    next(err);
  }
});

router.get('/directory/owners/:id', async (req, res, next) => {
  try {
    const owner = await req.app.locals.owners.find(req.params.id);
    if (!owner) return res.sendStatus(404);
    res.type('html').send(OWNER({ owner }));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
