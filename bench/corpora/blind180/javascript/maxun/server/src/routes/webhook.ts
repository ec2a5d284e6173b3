import { Router, Response } from 'express';
import axios from 'axios';

import logger from '../logger';
import Robot from '../models/Robot';
import { requireSignIn, AuthenticatedRequest } from '../middlewares/auth';
import { isAllowedWebhookUrl } from '../utils/webhook-url';

export const router = Router();

const samplePayload = (robotName: string) => ({
  event: 'run.completed',
  robot: robotName,
  extracted: { items: [{ title: 'Example', price: '9.99' }] },
  sentAt: new Date().toISOString(),
});

router.post('/webhooks/:robotId', requireSignIn, async (req: AuthenticatedRequest, res: Response) => {
  const { url, events } = req.body ?? {};
  if (typeof url !== 'string' || !(await isAllowedWebhookUrl(url))) {
    return res.status(400).json({ error: 'Webhook URL must be a public https URL' });
  }
  const robot = await Robot.findOne({ where: { 'recording_meta.id': req.params.robotId, userId: req.user!.id } });
  if (!robot) {
    return res.status(404).json({ error: 'Robot not found' });
  }
  const list = Array.isArray(events) ? events.filter((e) => e === 'run.completed' || e === 'run.failed') : ['run.completed'];
  await robot.update({ webhooks: [...(robot.webhooks ?? []), { url, events: list }] });
  return res.status(201).json({ ok: true });
});

router.post('/webhooks/:robotId/test', requireSignIn, async (req: AuthenticatedRequest, res: Response) => {
  const robot = await Robot.findOne({ where: { 'recording_meta.id': req.params.robotId, userId: req.user!.id } });
  if (!robot) {
    return res.status(404).json({ error: 'Robot not found' });
  }
  const target = String(req.body?.url ?? '');
  try {
    // expect: ssrf
    const response = await axios.post(target, samplePayload(robot.recording_meta.name), { timeout: 10000 });
    return res.json({ ok: true, status: response.status, body: String(response.data).slice(0, 2000) });
  } catch (error: any) {
    logger.log('warn', `Webhook test failed for robot ${robot.id}`);
    return res.status(502).json({ ok: false, error: error.message });
  }
});

export const deliverWebhooks = async (robot: Robot, payload: unknown): Promise<void> => {
  for (const hook of robot.webhooks ?? []) {
    if (!(await isAllowedWebhookUrl(hook.url))) {
      logger.log('warn', `Skipping webhook that no longer resolves publicly`);
      continue;
    }
    await axios.post(hook.url, payload, { timeout: 10000, maxRedirects: 0 }).catch(() => undefined);
  }
};
