import express from 'express';
import { body, validationResult } from 'express-validator';

import { gitEvents } from '../events/git-events';
import { getContext } from '../middlewares/request-context';

const router = express.Router();

router.post('/import', body('repoUrl').isString().trim(), body('branch').optional().isString(), (req, res) => {
  if (!validationResult(req).isEmpty()) {
    return res.status(400).json({ success: false });
  }
  const ctx = getContext();
  const { repoUrl } = req.body;
  let { branch } = req.body;
  branch ??= ctx.branchName;
  gitEvents.requestImport({ repoUrl, branch, workspaceId: ctx.workspaceId, requestId: ctx.requestId });
  return res.status(202).json({ success: true, requestId: ctx.requestId });
});

router.get('/status/:repoName', (req, res) => {
  const ctx = getContext();
  gitEvents.requestStatus({ repoName: req.params.repoName, requestId: ctx.requestId });
  return res.status(202).json({ success: true, requestId: ctx.requestId });
});

export default router;

router.get('/listeners', (_req, res) => {
  const ctx = getContext();
  res.json({ success: true, requestId: ctx.requestId, data: { import: gitEvents.listenerCount('git:import') } });
});
