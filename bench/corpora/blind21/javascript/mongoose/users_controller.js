// mongoose: login, search and admin listing handlers (query objects from the body, $where, regex)
const express = require('express');
const bcrypt = require('bcrypt');
const escapeStringRegexp = require('escape-string-regexp');
const User = require('../models/user');

const router = express.Router();
router.use(express.json());

router.post('/kiosk/login', async (req, res) => {
  // expect: nosql-injection
  const user = await User.findOne({ badgeId: req.body.badgeId, kioskPin: req.body.pin, active: true });
  if (!user) return res.sendStatus(401);
  res.json({ id: user.id });
});

router.post('/v2/login', async (req, res) => {
  const email = String(req.body.email || '').toLowerCase();
  const user = await User.findOne({ email, active: true });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.sendStatus(401);
  res.json({ id: user.id });
});

router.post('/reset', async (req, res) => {
  // expect: nosql-injection
  const user = await User.findOne({ resetToken: req.body.token });
  if (!user) return res.sendStatus(404);
  res.json({ email: user.email });
});

router.get('/users', async (req, res) => {
  // expect: nosql-injection
  const users = await User.find(req.query).limit(50).lean();
  res.json(users);
});

router.get('/v2/users', async (req, res) => {
  const filter = {};
  if (typeof req.query.role === 'string') filter.role = req.query.role;
  if (typeof req.query.team === 'string') filter.team = req.query.team;
  res.json(await User.find(filter).limit(50).lean());
});

router.get('/users/search', async (req, res) => {
  const q = String(req.query.q || '');
  // expect: nosql-injection
  const users = await User.find({ $where: `this.name.indexOf('${q}') !== -1` }).limit(20);
  res.json(users);
});

router.get('/v2/users/search', async (req, res) => {
  const q = escapeStringRegexp(String(req.query.q || ''));
  const users = await User.find({ name: { $regex: q, $options: 'i' } }).limit(20);
  res.json(users);
});

router.get('/users/by-name', async (req, res) => {
  // expect: regex-injection
  const users = await User.find({ name: new RegExp('^' + req.query.prefix) }).limit(20);
  res.json(users);
});

router.get('/users/:id', async (req, res) => {
  const user = await User.findById(req.params.id).select('-passwordHash');
  if (!user) return res.sendStatus(404);
  res.json(user);
});

router.patch('/users/:id', async (req, res) => {
  // expect: mass-assignment
  const user = await User.findByIdAndUpdate(req.params.id, req.body, { new: true });
  res.json(user);
});

router.patch('/v2/users/:id', async (req, res) => {
  const { displayName, bio } = req.body;
  const user = await User.findByIdAndUpdate(req.params.id, { $set: { displayName: String(displayName), bio: String(bio) } }, { new: true });
  res.json(user);
});

router.get('/stats', async (req, res) => {
  const stats = await User.aggregate([{ $match: { active: true } }, { $group: { _id: '$role', n: { $sum: 1 } } }]);
  res.json(stats);
});

module.exports = router;
