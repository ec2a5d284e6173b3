// express: account API on mongoose
const express = require('express');
const mongoose = require('mongoose');

const User = mongoose.model('User', new mongoose.Schema({ email: String, name: String, role: String, resetToken: String }));
const router = express.Router();
router.use(express.json());

router.get('/users', async (req, res) => {
  // expect: nosql-injection
  const users = await User.find(req.query).limit(50);
  res.json(users);
});

router.get('/v2/users', async (req, res) => {
  const users = await User.find({ email: String(req.query.email || '') }).limit(50);
  res.json(users);
});

router.post('/reset', async (req, res) => {
  // expect: nosql-injection
  const user = await User.findOne({ resetToken: req.body.token });
  if (!user) return res.sendStatus(404);
  res.json({ id: user.id });
});

router.put('/users/:id', async (req, res) => {
  // expect: mass-assignment
  const user = await User.findByIdAndUpdate(req.params.id, req.body, { new: true });
  res.json(user);
});

router.put('/v2/users/:id', async (req, res) => {
  const { name, email } = req.body;
  const user = await User.findByIdAndUpdate(req.params.id, { name: String(name), email: String(email) }, { new: true });
  res.json(user);
});

router.use((err, req, res, next) => {
  // expect: info-exposure
  res.status(500).json({ error: err.message, stack: err.stack });
});

module.exports = router;
