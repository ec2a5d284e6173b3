'use strict';

const express = require('express');
const {handleAsyncError, validateBuildTokenMiddleware, validateAdminTokenMiddleware} = require('../express-utils.js');

function createRouter(context) {
  const router = express.Router(); // eslint-disable-line new-cap

  router.get('/:projectId/builds', handleAsyncError(async (req, res) => {
    const builds = await context.storageMethod.getBuilds(req.params.projectId, {
      branch: req.query.branch,
      lifecycle: req.query.lifecycle,
    });
    res.json(builds);
  }));

  router.get('/:projectId/builds/search', validateAdminTokenMiddleware(context), handleAsyncError(async (req, res) => {
    const options = {hash: req.query.hash, limit: req.query.limit};
    res.json(await context.storageMethod.findBuildsByHash(req.params.projectId, options));
  }));

  router.post('/:projectId/builds/:buildId/runs', validateBuildTokenMiddleware(context), handleAsyncError(async (req, res) => {
    const unsavedRun = {
      projectId: req.lhciProject.id,
      buildId: req.params.buildId,
      url: req.body.url,
      lhr: req.body.lhr,
    };
    res.json(await context.storageMethod.createRun(unsavedRun));
  }));

  return router;
}

module.exports = createRouter;
