const express = require('express');
const { parseListParams } = require('../lib/listParams');
const { ResourceRepository } = require('../repositories/resourceRepository');
const { enqueueExport } = require('../jobs/exportJob');

const router = express.Router();

router.get('/:resource', async (req, res) => {
  const repo = new ResourceRepository(req.params.resource);
  const params = parseListParams(req.query);
  const [rows, total] = await Promise.all([repo.list(params), repo.count(params.filters)]);
  res.set('x-total-count', String(total)).json(rows);
});

router.get('/:resource/search', async (req, res) => {
  const repo = new ResourceRepository(req.params.resource);
  const result = await repo.search(String(req.query.term || ''));
  res.json(result.rows);
});

router.get('/:resource/:id', async (req, res) => {
  const repo = new ResourceRepository(req.params.resource);
  res.json(await repo.getOne(Number(req.params.id)));
});

router.post('/:resource/export', (req, res) => {
  enqueueExport({ resource: req.params.resource, params: parseListParams(req.query), fileName: req.body.fileName });
  res.status(202).json({ queued: true });
});

module.exports = router;
