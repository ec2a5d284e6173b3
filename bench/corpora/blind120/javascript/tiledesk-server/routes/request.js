'use strict';
const express = require('express');
const router = express.Router({ mergeParams: true });
const requestService = require('../services/requestService');
const Request = require('../models/request');

router.get('/', async (req, res) => {
  const { status, dept_id } = req.query;
  // expect: nosql-injection
  const requests = await Request.find({ id_project: req.projectid, status: status }).sort({ createdAt: -1 }).limit(50);
  const byDept = dept_id ? await requestService.find(req.projectid, 200, dept_id) : [];
  res.json({ requests, byDept });
});

router.get('/numeric', async (req, res) => {
  res.json(await requestService.findByNumericStatus(req.projectid, req.query.status));
});

router.put('/:requestid/close', async (req, res) => {
  const closedBy = req.body.closed_by || req.user.email;
  const request = await requestService.closeRequestByRequestId(req.params.requestid, req.projectid, closedBy);
  res.json(request);
});

module.exports = router;
