'use strict';

const express = require('express');
const debug = require('debug')('strider:routes:projects');
const Project = require('../../models').Project;
const jobs = require('../../jobs');
const auth = require('../../auth');
const middleware = require('../../middleware');

const router = express.Router();

router.post('/', auth.requireUser, function (req, res) {
  const { name = '', display_url = '', provider = {}, branches = ['master'] } = req.body;
  const project = new Project({
    name: String(name).toLowerCase(),
    display_name: String(name),
    display_url: String(display_url),
    creator: req.user._id,
    provider: { id: provider.id === 'git' ? 'git' : 'github', config: { url: String(provider.config && provider.config.url || '') } },
    branches: branches.map((b) => ({ name: String(b) })),
  });
  project.save(function (err) {
    if (err) return res.status(400).json({ errors: [err.message] });
    debug('project created', project._id);
    res.json({ project: project.name, results: [] });
  });
});

// middleware.project loads the project named by :org/:repo into req.project
router.post('/:org/:repo/start', auth.requireUser, middleware.project, function (req, res) {
  const branch = req.body.branch || 'master';
  jobs.enqueue(req.project, { type: 'TEST_AND_DEPLOY', branch: String(branch), user: req.user.email });
  res.status(202).json({ queued: true });
});

router.get('/:org/:repo/homepage', middleware.project, function (req, res) {
  if (req.project.provider.id === 'github') {
    return res.redirect('https://github.com/' + encodeURIComponent(req.params.org) + '/' + encodeURIComponent(req.params.repo));
  }
  // expect: open-redirect
  res.redirect(req.project.display_url);
});

module.exports = router;
