const router = require('express').Router();
const mustBeAuthenticated = require('../middleware/must-be-authenticated');

router.get('/queries', mustBeAuthenticated, async function listQueries(req, res) {
  const { models, user } = req;
  const { search, sortBy, limit } = req.query;
  const rows = await models.queries.findAllForUser(user, { search, sortBy: sortBy || undefined, limit });
  res.json(rows);
});

router.get('/queries/:id', mustBeAuthenticated, async function getQuery(req, res) {
  const [query] = await req.models.queries.findOneById(req.params.id);
  if (!query) {
    return res.status(404).json({ error: 'Not found' });
  }
  res.json(query);
});

module.exports = router;
