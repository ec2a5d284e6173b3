const express = require('express');
const Note = require('../models/note');
const { noteFilter, stringFilter, priorityExpression } = require('../lib/filters');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    const filter = noteFilter(req.tenant, req.query);
    // expect: nosql-injection
    const notes = await Note.find(filter).limit(res.locals.pageSize).lean();
    res.json(notes);
  } catch (err) {
    next(err);
  }
});

router.get('/strict', async (req, res, next) => {
  try {
    const notes = await Note.find(stringFilter(req.tenant, req.query)).limit(res.locals.pageSize).lean();
    res.json(notes);
  } catch (err) {
    next(err);
  }
});

router.post('/shared', async (req, res) => {
  const { token } = req.body;
  // expect: nosql-injection
  const note = await Note.findOne({ shareToken: token, tenant: req.tenant.slug }).lean();
  if (!note) return res.sendStatus(404);
  res.json({ title: note.title, body: note.body });
});

router.post('/shared-strict', async (req, res) => {
  const token = String(req.body.token || '');
  const note = await Note.findOne({ shareToken: token, tenant: req.tenant.slug }).lean();
  if (!note) return res.sendStatus(404);
  res.json({ title: note.title, body: note.body });
});

router.get('/important', async (req, res) => {
  const min = req.query.min || '1';
  // expect: nosql-injection
  const notes = await Note.find({ tenant: req.tenant.slug, $where: priorityExpression(min) }).lean();
  res.json(notes);
});

router.get('/important-num', async (req, res) => {
  const min = Number.parseInt(req.query.min, 10);
  if (Number.isNaN(min)) return res.status(400).json({ error: 'min must be a number' });
  const notes = await Note.find({ tenant: req.tenant.slug, priority: { $gte: min } }).lean();
  res.json(notes);
});

module.exports = router;
