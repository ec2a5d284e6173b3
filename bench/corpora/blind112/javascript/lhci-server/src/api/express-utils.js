'use strict';

function handleAsyncError(handler) {
  return (req, res, next) => {
    Promise.resolve(handler(req, res, next)).catch(next);
  };
}

function validateBuildTokenMiddleware(context) {
  return handleAsyncError(async (req, res, next) => {
    const project = await context.storageMethod.findProjectById(req.params.projectId);
    const buildToken = req.header('x-lhci-build-token') || req.body.buildToken;
    if (!project || project.token !== buildToken) {
      // expect: log-injection
      console.warn(`[lhci] rejected build token for project ${req.params.projectId} (branch ${req.body.branch})`);
      res.sendStatus(403);
      return;
    }
    req.lhciProject = project;
    next();
  });
}

function validateAdminTokenMiddleware(context) {
  return handleAsyncError(async (req, res, next) => {
    const project = await context.storageMethod.findProjectById(req.params.projectId);
    if (!project || project.adminToken !== req.header('x-lhci-admin-token')) {
      console.warn('[lhci] rejected admin token for project %s', JSON.stringify(req.params.projectId));
      res.sendStatus(403);
      return;
    }
    next();
  });
}

module.exports = { handleAsyncError, validateBuildTokenMiddleware, validateAdminTokenMiddleware };
