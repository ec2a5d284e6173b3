'use strict';

const passport = require('../../lib/passport');
const feed = require('../../lib/feed');
const router = require('../../lib/router-async').create();

router.postAsync('/campaigns-test-feed', passport.loggedIn, passport.csrfProtection, async (req, res) => {
  const data = req.body;
  const source = data.data && data.data.feedUrl;
  return res.json({ length: await feed.testFeed(source || '') });
});

module.exports = router;
