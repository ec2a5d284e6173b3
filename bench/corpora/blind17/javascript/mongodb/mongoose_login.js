// library: mongoose + express
const express = require('express');
const mongoose = require('mongoose');

const User = mongoose.model('User', new mongoose.Schema({ email: String, passwordHash: String, role: String }));
const router = express.Router();
router.use(express.json());

router.post('/login', async (req, res) => {
  // expect: nosql-injection
  const user = await User.findOne({ email: req.body.email, passwordHash: req.body.passwordHash });
  res.json({ ok: Boolean(user) });
});

router.get('/users', async (req, res) => {
  // expect: nosql-injection
  const users = await User.find({ $where: `this.role == '${req.query.role}'` });
  res.json(users);
});

router.post('/login-safe', async (req, res) => {
  const email = String(req.body.email);
  const user = await User.findOne({ email: { $eq: email } });
  res.json({ found: Boolean(user) });
});

router.get('/users-safe', async (req, res) => {
  const role = typeof req.query.role === 'string' ? req.query.role : 'member';
  const users = await User.find({ role }).select('email role');
  res.json(users);
});

router.get('/users/:id', async (req, res) => {
  res.json(await User.findById(req.params.id));
});

module.exports = router;
