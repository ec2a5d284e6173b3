// library: express + mongoose (request body merged into a model)
const express = require('express');
const User = require('../models/user');

const router = express.Router();
const EDITABLE = ['displayName', 'bio', 'timezone'];

router.patch('/me', express.json(), async (req, res) => {
  const user = await User.findById(req.user.id);
  // expect: mass-assignment
  Object.assign(user, req.body);
  await user.save();
  res.json(user.toPublicJSON());
});

router.patch('/me/v2', express.json(), async (req, res) => {
  const user = await User.findById(req.user.id);
  for (const key of EDITABLE) {
    if (key in req.body) user[key] = String(req.body[key]);
  }
  await user.save();
  res.json(user.toPublicJSON());
});

router.post('/register', express.json(), async (req, res) => {
  // expect: mass-assignment
  const user = await User.create(Object.assign({ role: 'member' }, req.body));
  res.status(201).json({ id: user.id });
});

router.post('/register/v2', express.json(), async (req, res) => {
  const { email, displayName } = req.body;
  const user = await User.create(Object.assign({}, { email, displayName }, { role: 'member' }));
  res.status(201).json({ id: user.id });
});

router.put('/org/:id', express.json(), async (req, res) => {
  // expect: mass-assignment
  await req.app.locals.Org.updateOne({ _id: req.params.id, owner: req.user.id }, { $set: req.body });
  const defaults = Object.assign({}, { plan: 'free' }, { region: 'eu' });
  res.json(defaults);
});

module.exports = router;
