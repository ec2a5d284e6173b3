const express = require('express');
const { reportQueue } = require('../queues');

const router = express.Router();

router.post('/', (req, res) => {
  const { customer, from, to, output } = req.body;
  const job = reportQueue.createJob({ customer, from, to, output: output || `report-${Date.now()}.csv` });
  job
    .timeout(60000)
    .retries(2)
    .save()
    .then((saved) => res.status(202).json({ id: saved.id }))
    .catch((err) => res.status(500).json({ error: err.message }));
});

module.exports = router;
