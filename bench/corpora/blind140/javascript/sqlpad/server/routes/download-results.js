const router = require('express').Router();
const mustBeAuthenticated = require('../middleware/must-be-authenticated');
const resultsStore = require('../lib/results-store');

router.get('/download-results/:cacheKey.csv', mustBeAuthenticated, function byKey(req, res) {
  res.setHeader('Content-Type', 'text/csv');
  resultsStore.streamById(req.params.cacheKey).pipe(res);
});

router.get('/download-results/file', mustBeAuthenticated, function byName(req, res) {
  const { name = 'results.csv' } = req.query;
  res.setHeader('Content-Disposition', 'attachment');
  resultsStore.streamByName(name).pipe(res);
});

module.exports = router;
