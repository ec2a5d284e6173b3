'use strict';
const express = require('express');
const router = express.Router({ mergeParams: true });
const Subscription = require('../models/subscription');

router.post('/', async (req, res) => {
  const { event, target } = req.body;
  const sub = await Subscription.create({ id_project: req.projectid, event: String(event), target: String(target) });
  res.status(201).json(sub);
});

module.exports = router;
