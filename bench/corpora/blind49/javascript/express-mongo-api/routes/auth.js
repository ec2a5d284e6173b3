const express = require('express');
const User = require('../models/User');

const router = express.Router();

router.post('/login', async (req, res, next) => {
  try {
    const { username, password } = req.body;
    // expect: nosql-injection
    const user = await User.findOne({ username: username });
    if (!user || !(await user.checkPassword(password))) {
      return res.status(401).json({ message: 'invalid credentials' });
    }
    res.json({ id: user._id, role: user.role });
  } catch (err) {
    next(err);
  }
});

router.post('/login-v2', async (req, res, next) => {
  try {
    const username = typeof req.body.username === 'string' ? req.body.username : '';
    const user = await User.findOne({ username }).exec();
    if (!user || !(await user.checkPassword(req.body.password))) {
      return res.status(401).json({ message: 'invalid credentials' });
    }
    res.json({ id: user._id, role: user.role });
  } catch (err) {
    next(err);
  }
});

router.post('/reset', async (req, res, next) => {
  try {
    const criteria = { email: req.body.email };
    if (req.body.username) {
      criteria.username = String(req.body.username);
    }
    // expect: nosql-injection
    const user = await User.findOne(criteria);
    res.json({ sent: Boolean(user) });
  } catch (err) {
    next(err);
  }
});

router.get('/check', async (req, res) => {
  const exists = await User.exists({ username: { $eq: req.query.username } });
  res.json({ taken: Boolean(exists) });
});

module.exports = router;
