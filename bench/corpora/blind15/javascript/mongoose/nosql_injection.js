// library: mongoose (query operators and $where from request data)
const express = require('express');
const mongoose = require('mongoose');

const User = mongoose.model('User', new mongoose.Schema({ email: String, resetToken: String, age: Number }));
const router = express.Router();

router.post('/password/reset', async (req, res) => {
  // expect: nosql-injection
  const user = await User.findOne({ email: req.body.email, resetToken: req.body.token });
  res.json({ ok: Boolean(user) });
});

router.get('/users/older-than', async (req, res) => {
  // expect: nosql-injection
  const users = await User.find({ $where: `this.age > ${req.query.age}` });
  res.json(users);
});

router.post('/password/reset/v2', async (req, res) => {
  const email = String(req.body.email || '');
  const user = await User.findOne({ email: { $eq: email }, resetToken: { $eq: String(req.body.token || '') } });
  res.json({ ok: Boolean(user) });
});

router.get('/users/older-than/v2', async (req, res) => {
  const age = Number.parseInt(req.query.age, 10) || 0;
  res.json(await User.find({ age: { $gt: age } }));
});

router.get('/users/:id', async (req, res) => {
  res.json(await User.findById(req.params.id).lean());
});

module.exports = router;
