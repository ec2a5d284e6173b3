'use strict';
/**
 * Routes of the JSON API used by the web player and the mobile apps.
 * Each action receives the merged request parameters and the session user.
 */
const express = require('express');
const postCtr = require('../controllers/api/post');
const trackCtr = require('../controllers/api/track');
const loginCtr = require('../controllers/login');

const router = express.Router();

function requireUser(req, res, next) {
  if (!req.session || !req.session.whydUid) {
    return res.status(401).json({ error: 'login required' });
  }
  req.loggedUser = { id: req.session.whydUid, name: req.session.whydName };
  next();
}

function params(req) {
  return Object.assign({}, req.query, req.body);
}

router.get('/api/post', (req, res, next) => {
  postCtr.list(params(req), req.loggedUser).then((r) => res.json(r), next);
});

router.get('/api/post/search', (req, res, next) => {
  postCtr.search(params(req)).then((r) => res.json(r), next);
});

router.get('/api/post/byAuthor', (req, res, next) => {
  postCtr.byAuthor(req.body && req.body.uId ? req.body : req.query).then((r) => res.json(r), next);
});

router.post('/api/post', requireUser, (req, res, next) => {
  postCtr.insert(params(req), req.loggedUser).then((r) => res.json(r), next);
});

router.post('/api/track/metadata', requireUser, (req, res, next) => {
  trackCtr.metadata(params(req)).then((r) => res.json(r), next);
});

router.post('/login', loginCtr.login);
router.get('/logout', loginCtr.logout);
router.get('/onboarding', loginCtr.onboarding);

module.exports = router;
