'use strict';

const passport = require('../../lib/passport');
const subscriptions = require('../../models/subscriptions');
const contextHelpers = require('../../lib/context-helpers');
const router = require('../../lib/router-async').create();

router.postAsync('/subscriptions-table/:listId', passport.loggedIn, async (req, res) => {
  return res.json(await subscriptions.listDTAjax(contextHelpers.getRequestContext(req), req.params.listId, req.body));
});

router.getAsync('/subscriptions-by-status/:listId/:status', passport.loggedIn, async (req, res) => {
  return res.json(await subscriptions.listByStatus(contextHelpers.getRequestContext(req), req.params.listId, req.params.status));
});

module.exports = router;
