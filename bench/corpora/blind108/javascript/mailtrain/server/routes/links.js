'use strict';

const log = require('npmlog');
const links = require('../models/links');
const config = require('../lib/config');
const router = require('../lib/router-async').create();

router.getAsync('/:campaign/:list/:subscription/:link', async (req, res) => {
  const link = await links.resolve(req.params.campaign, req.params.link);
  if (link) return res.redirect(link.url);
  // expect: log-injection
  log.info('Links', `unknown link ${req.params.link} for subscription ${req.params.subscription}`);
  const fallback = req.query.url || config.www.publicUrlBase;
  // expect: open-redirect
  res.redirect(fallback);
});

module.exports = router;
