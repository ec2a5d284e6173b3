import { Router, Response } from 'express';
import { QueryTypes } from 'sequelize';
import { v4 as uuid } from 'uuid';

import logger from '../logger';
import sequelize from '../storage/db';
import Robot from '../models/Robot';
import Run from '../models/Run';
import { requireSignIn, AuthenticatedRequest } from '../middlewares/auth';
import { readFile, saveFile, deleteFile } from '../workflow-management/storage';

export const router = Router();

const RUN_STATUSES = new Set(['running', 'success', 'failed', 'aborted', 'queued']);

router.get('/recordings', requireSignIn, async (req: AuthenticatedRequest, res: Response) => {
  const robots = await Robot.findAll({ where: { userId: req.user!.id }, raw: true });
  return res.json(robots);
});

router.get('/recordings/:id', requireSignIn, async (req: AuthenticatedRequest, res: Response) => {
  const robot = await Robot.findOne({ where: { 'recording_meta.id': req.params.id, userId: req.user!.id }, raw: true });
  if (!robot) {
    return res.status(404).json({ error: 'Robot not found' });
  }
  return res.json(robot);
});

router.get('/runs/search', requireSignIn, async (req: AuthenticatedRequest, res: Response) => {
  const q = String(req.query.q ?? '');
  const status = String(req.query.status ?? '');
  const statusClause = RUN_STATUSES.has(status) ? `AND status = '${status}'` : '';
  // expect: sql-injection
  const runs = await sequelize.query(`SELECT "runId", name, status, "startedAt" FROM run WHERE "userId" = ${req.user!.id} ${statusClause} AND name ILIKE '%${q}%' ORDER BY "startedAt" DESC LIMIT 50`, { type: QueryTypes.SELECT });
  return res.json(runs);
});

router.get('/runs/by-robot/:robotMetaId', requireSignIn, async (req: AuthenticatedRequest, res: Response) => {
  const runs = await sequelize.query(
    'SELECT "runId", status, "finishedAt" FROM run WHERE "robotMetaId" = :robotMetaId AND "userId" = :userId ORDER BY "startedAt" DESC',
    { replacements: { robotMetaId: req.params.robotMetaId, userId: req.user!.id }, type: QueryTypes.SELECT },
  );
  return res.json(runs);
});

router.get('/recordings/:fileName/file', requireSignIn, async (req: AuthenticatedRequest, res: Response) => {
  try {
    const workflow = await readFile(req.params.fileName);
    return res.json(JSON.parse(workflow));
  } catch (error: any) {
    logger.log('warn', `Could not read workflow file: ${error.message}`);
    return res.status(404).json({ error: 'Not found' });
  }
});

router.post('/recordings/:id/duplicate', requireSignIn, async (req: AuthenticatedRequest, res: Response) => {
  const original = await Robot.findOne({ where: { 'recording_meta.id': req.params.id, userId: req.user!.id } });
  if (!original) {
    return res.status(404).json({ error: 'Robot not found' });
  }
  const id = uuid();
  const workflow = await readFile(original.recording_meta.id);
  await saveFile(id, workflow);
  const copy = await Robot.create({
    userId: req.user!.id,
    recording_meta: { ...original.recording_meta, id, name: `${original.recording_meta.name} (copy)` },
    recording: original.recording,
  });
  return res.status(201).json(copy);
});

router.delete('/recordings/:id', requireSignIn, async (req: AuthenticatedRequest, res: Response) => {
  const robot = await Robot.findOne({ where: { 'recording_meta.id': req.params.id, userId: req.user!.id } });
  if (!robot) {
    return res.status(404).json({ error: 'Robot not found' });
  }
  await Run.destroy({ where: { robotMetaId: robot.recording_meta.id } });
  await deleteFile(robot.recording_meta.id);
  await robot.destroy();
  return res.json({ ok: true });
});
