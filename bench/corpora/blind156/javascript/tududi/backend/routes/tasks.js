// Task list and search routes; the query building lives in services/taskQueries.
const express = require('express');
const { requireAuth } = require('../middleware/auth');
const taskQueries = require('../services/taskQueries');

const router = express.Router();
router.use(requireAuth);

router.get('/tasks', async (req, res) => {
  const { tag, orderBy } = req.listOptions;
  const tasks = await taskQueries.listTasks(req.currentUser.id, { tag, orderBy });
  res.json({ tasks });
});

router.get('/tasks/search', async (req, res) => {
  const q = String(req.query.q || '');
  const tasks = await taskQueries.searchTasks(req.currentUser.id, q);
  res.json({ tasks });
});

router.get('/tasks/by-project', async (req, res) => {
  const projectName = String(req.query.project || '');
  const tasks = await taskQueries.tasksForProjectName(req.currentUser.id, projectName);
  res.json({ tasks });
});

router.get('/tasks/count', async (req, res) => {
  const { tag } = req.listOptions;
  const tasks = await taskQueries.listTasks(req.currentUser.id, { tag, orderBy: 'created_at:desc' });
  res.json({ count: tasks.length });
});

module.exports = router;
