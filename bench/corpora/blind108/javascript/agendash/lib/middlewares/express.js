const express = require('express');
const path = require('path');

module.exports = (agendash) => {
  const app = express();
  app.use(express.json());
  app.use('/', express.static(path.join(__dirname, '../../public')));

  app.get('/api', async (req, res) => {
    try {
      const { job, state, q, property, isObjectId, skip, limit } = req.query;
      res.json(await agendash.getJobs(job, state, { query: q, property, isObjectId, skip, limit }));
    } catch (e) {
      res.status(400).json(e.message);
    }
  });

  app.get('/api/by-name', async (req, res) => res.json(await agendash.getJobsByName(req.query.name)));

  app.post('/api/jobs/requeue', async (req, res) => res.json({ requeued: await agendash.requeueJobs(req.body.jobIds || []) }));

  app.post('/api/jobs/delete-by-name', async (req, res) => res.json({ deleted: await agendash.deleteJobsByName(req.body.name) }));

  app.post('/api/jobs/create', async (req, res) => {
    const { jobName, jobSchedule, jobRepeatEvery, jobData } = req.body;
    res.json({ id: await agendash.createJob(jobName, jobSchedule, jobRepeatEvery, jobData) });
  });

  return app;
};
