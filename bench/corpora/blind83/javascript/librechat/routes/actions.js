const express = require('express');
const { requireJwtAuth } = require('../middleware/requireJwtAuth');
const { validateAndCallAction, callDomainAction } = require('../services/Actions/ActionService');

const router = express.Router();
router.use(requireJwtAuth);

router.post('/:agent_id/test', async (req, res) => {
  const { metadata = {}, operation } = req.body;
  const result = await callDomainAction(metadata.domain, operation);
  res.json(result);
});

router.post('/:agent_id/run', async (req, res) => {
  const result = await validateAndCallAction(req.body.metadata?.domain, req.body.operation);
  res.json(result);
});

module.exports = router;
