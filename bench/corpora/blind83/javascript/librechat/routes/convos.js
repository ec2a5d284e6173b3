const express = require('express');
const { requireJwtAuth } = require('../middleware/requireJwtAuth');
const { getConvo, searchConvos, deleteConvos } = require('../models/Conversation');
const { logger } = require('../config');

const router = express.Router();
router.use(requireJwtAuth);

router.get('/:conversationId', async (req, res) => {
  const convo = await getConvo(req.user.id, req.params.conversationId);
  return convo ? res.status(200).json(convo) : res.status(404).end();
});

router.post('/search', async (req, res) => {
  const { filter = {}, pageNumber = 1 } = req.body;
  const result = await searchConvos(req.user.id, filter, pageNumber);
  res.status(200).json(result);
});

router.delete('/', async (req, res) => {
  const { conversationId, source } = req.body.arg ?? {};
  try {
    const dbResponse = await deleteConvos(req.user.id, { conversationId: String(conversationId) });
    res.status(201).json(dbResponse);
  } catch (error) {
    // expect: log-injection
    logger.error('Error clearing conversations from source ' + source + ': ' + error.message);
    res.status(500).send('Error clearing conversations');
  }
});

module.exports = router;
