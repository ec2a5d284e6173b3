const express = require('express');
const { PostService } = require('../services/postService');

const router = express.Router();

function requireAccount(req, res, next) {
  if (!req.account) return res.status(401).json({ message: 'api key required' });
  next();
}

router.get('/', async (req, res, next) => {
  try {
    const svc = new PostService(req.account);
    res.json(await svc.list(res.locals.filters, res.locals.page, req.query.sort));
  } catch (err) {
    next(err);
  }
});

router.get('/tag/:tag', async (req, res, next) => {
  try {
    const svc = new PostService(req.account);
    res.json(await svc.listByTag(req.params.tag, res.locals.page));
  } catch (err) {
    next(err);
  }
});

router.post('/:id/view', async (req, res) => {
  const svc = new PostService(req.account);
  await svc.bump(req.params.id);
  res.sendStatus(204);
});

router.patch('/:id', requireAccount, async (req, res, next) => {
  try {
    const svc = new PostService(req.account);
    res.json(await svc.update(req.params.id, req.body));
  } catch (err) {
    next(err);
  }
});

router.put('/:id', requireAccount, async (req, res, next) => {
  try {
    const svc = new PostService(req.account);
    res.json(await svc.updateRaw(req.params.id, req.body));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
